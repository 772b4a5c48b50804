// Where this server's memory goes, for `npm run bench -- --day`: the JavaScript heap, the
// embedded database's WebAssembly memory (which never shrinks), our caches in front of Next, and
// the rest of the resident set (code, Next's own caches, buffers).
import { getDatabase } from "@/db/client";
import { pageCacheSize } from "@/lib/cache/page-cache";
import { searchCacheSize } from "@/lib/cache/search-cache";

export type MemorySplit = {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  /** Memory outside the heap held by JavaScript objects (buffers, the database's WebAssembly memory). */
  externalMb: number;
  databaseWasmMb: number;
  pageCache: { pages: number; mb: number };
  searchCache: { answers: number };
};

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export async function memorySplit(): Promise<MemorySplit> {
  const usage = process.memoryUsage();
  const database = await getDatabase();
  const pages = pageCacheSize();
  return {
    rssMb: mb(usage.rss),
    heapUsedMb: mb(usage.heapUsed),
    heapTotalMb: mb(usage.heapTotal),
    externalMb: mb(usage.external),
    databaseWasmMb: mb(database.memoryBytes()),
    pageCache: { pages: pages.pages, mb: mb(pages.bytes) },
    searchCache: { answers: searchCacheSize() },
  };
}
