// Before the fault tests: the production build is current (scripts/start.ts builds when the
// sources changed), checked by starting the server once on a throwaway embedded database, so
// that no test's time limit has to cover a build.
import { NewsroomServer } from "./harness/server";

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  const server = await NewsroomServer.start({ databaseUrl: "", startTimeoutMs: 600_000 });
  await server.stop();
  console.log(`faults: production build ready, server answered in ${Math.round((Date.now() - started) / 1000)} s`);
}
