// `npm run db:migrate`: apply migrations to DATABASE_URL, or to the embedded database when no
// server holds it (the lock refuses otherwise). The app also migrates at start.
import { openDatabase } from "@/db/client";
import { env } from "@/lib/env";

const handle = await openDatabase({ url: env().DATABASE_URL });
console.log(`Đã chạy migration trên ${handle.kind}.`);
await handle.close();
