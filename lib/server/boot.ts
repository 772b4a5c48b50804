import { sql } from "drizzle-orm";
import { getDatabase } from "@/db/client";
import { reloadOldAddresses } from "@/lib/archive/old-addresses";
import { demoAccounts, demoPassword, hasUsers, seedBase, seedDemo } from "@/db/seed/seed";
import { roleLabels } from "@/lib/policy/policy";
import { defaultLocale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { revalidateThroughServer } from "@/lib/publishing/revalidate";
import { refreshTakenDown, startPublicationWorker } from "@/lib/publishing/worker";
import { startMediaWorker } from "@/lib/media/av-jobs";
import { refreshDerivedColumns } from "@/lib/stories/derived";
import { joinInstances } from "./coherence";

// pg_advisory_xact_lock's key for the first start's seeding ("seed" in ASCII).
const SEED_LOCK = 0x73656564;

export async function boot(): Promise<void> {
  const started = Date.now();
  const { db, kind } = await getDatabase();
  // Instances starting together on a new database: one of them gives it its sections.
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    await seedBase(tx);
  });
  const refreshed = await refreshDerivedColumns(db);
  if (refreshed) console.log(`Tòa soạn: đã tính lại dữ liệu tìm kiếm của ${refreshed} bài.`);
  // Demo accounts only ever appear on the embedded database; a server needs `db:seed -- --demo`.
  if (kind === "pglite" && !(await hasUsers(db))) {
    await seedDemo(db);
    console.log(demoBanner());
  }
  await refreshTakenDown(db);
  const { addresses } = await reloadOldAddresses(db);
  if (addresses) console.log(`Tòa soạn: ${addresses} địa chỉ của trang cũ chuyển về bài mới.`);
  await joinInstances();
  startPublicationWorker(async () => (await getDatabase()).db, revalidateThroughServer);
  // Video and sound waiting for conversion (a phone's HEVC…); stopped with the process (SIGTERM).
  startMediaWorker(async () => (await getDatabase()).db);
  console.log(`Tòa soạn: cơ sở dữ liệu ${kind} sẵn sàng sau ${Date.now() - started} ms.`);
}

export function demoBanner(): string {
  const grantNames = messagesFor(defaultLocale).grants;
  const rows = demoAccounts
    .map((a) => {
      const grants = a.grants.map((g) => grantNames[g.replace("royalty.", "") as keyof typeof grantNames]);
      return `  ${a.email.padEnd(24)} ${roleLabels[a.role]}${grants.length ? ` + ${grants.join(", ")}` : ""}`;
    })
    .join("\n");
  return `\nTài khoản trình diễn (mật khẩu: ${demoPassword}):\n${rows}\n`;
}
