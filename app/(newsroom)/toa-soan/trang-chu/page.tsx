import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/db";
import { HomeLineupEditor } from "@/components/newsroom/home-lineup-editor";
import { requireActor } from "@/lib/auth/actor";
import { HOME_SLOTS, loadCuration, type LineupChoice } from "@/lib/home/commands";
import { formatDateline } from "@/lib/text/dateline";

export const metadata: Metadata = { title: "Trang chủ — Tòa soạn" };

const choice = (c: LineupChoice) => ({ id: c.id, title: c.title, sectionName: c.sectionName, published: formatDateline(c.publishedAt, { withTime: true }) });

export default async function HomeCurationPage() {
  const actor = await requireActor("homepage.curate", "/toa-soan/trang-chu");
  const { lineup, candidates } = await loadCuration(await db(), actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Trang chủ</h1>
      <p className="mb-4 mt-1 text-muted">
        Chọn bài chính và các bài nổi bật của{" "}
        <Link href="/" className="underline">
          trang chủ
        </Link>
        , theo thứ tự.
      </p>
      <HomeLineupEditor initial={lineup.map(choice)} candidates={candidates.map(choice)} slots={HOME_SLOTS} />
    </>
  );
}
