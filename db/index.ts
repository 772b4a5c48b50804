import "server-only";

export { getDatabase, rowsOf, type Database, type DatabaseKind } from "./client";
// Readers' reads: a streaming replica when DATABASE_REPLICA_URL names one, else the primary.
export { readerDatabase, withReader } from "./replicas";

import { getDatabase } from "./client";

/** The app's drizzle instance; pages never call this directly, query modules do. */
export async function db() {
  return (await getDatabase()).db;
}
