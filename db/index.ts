import "server-only";

export { getDatabase, rowsOf, type Database, type DatabaseKind } from "./client";

import { getDatabase } from "./client";

/** The app's drizzle instance; pages never call this directly, query modules do. */
export async function db() {
  return (await getDatabase()).db;
}
