// Runs once when a server starts: migrate, and seed an empty embedded database with the demo.
// Never during `next build`, which must not touch the database (PGlite allows one process only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Every variable checked once, before anything reads one: a wrong value stops the start with its name.
  const { env } = await import("./lib/env");
  env();
  const { boot } = await import("./lib/server/boot");
  await boot();
}
