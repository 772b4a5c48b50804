import { defineConfig } from "drizzle-kit";

// Only generates SQL; migrations are applied at start by db/client.ts on PGlite and PostgreSQL alike.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
