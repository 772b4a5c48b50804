import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { db } from "@/db";
import { RevisionDiff } from "@/components/newsroom/revision-diff";
import { RevisionRestoreButton } from "@/components/newsroom/revision-restore-button";
import { Button } from "@/components/ui/button";
import { formatAuditTime } from "@/lib/audit/time";
import { requireActor } from "@/lib/auth/actor";
import { diffRevisions } from "@/lib/revisions/diff";
import { getRevisionSnapshot, getStoryHistory, revisionKindLabels, type RevisionEntry, type RevisionRef } from "@/lib/revisions/queries";
import { statusLabels } from "@/lib/workflow/transitions";

export const metadata: Metadata = { title: "Lịch sử sửa đổi — Tòa soạn" };

const CURRENT = "hien-tai";
const refParam = (ref: RevisionRef) => (ref === "current" ? CURRENT : String(ref));
const entryName = (e: RevisionEntry) => (e.ref === "current" ? `bản hiện tại (phiên bản ${e.version})` : `phiên bản ${e.version}`);

type Search = { tu?: string | string[]; den?: string | string[] };

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const actor = await requireActor("newsroom.enter", `/toa-soan/bai-viet/${encodeURIComponent(id)}/lich-su`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const storyId = Number(id);
  const database = await db();
  // Asks the policy ("story.view"): a story the actor may not see is not found.
  const history = await getStoryHistory(database, actor, storyId);
  if (!history) notFound();

  const { entries, story } = history;
  const search = await searchParams;
  const pick = (value: string | string[] | undefined) => {
    const raw = Array.isArray(value) ? value[0] : value;
    return entries.find((e) => refParam(e.ref) === raw);
  };
  const asked = search.tu !== undefined || search.den !== undefined;
  let from = pick(search.tu) ?? entries[1];
  let to = pick(search.den) ?? entries[0];
  // Older on the left whichever way the two were picked: entries run newest first.
  if (from && to && entries.indexOf(from) < entries.indexOf(to)) [from, to] = [to, from];

  const comparison =
    asked && from && to && from !== to
      ? await Promise.all([getRevisionSnapshot(database, actor, storyId, from.ref), getRevisionSnapshot(database, actor, storyId, to.ref)])
      : null;
  const diffs = comparison?.[0] && comparison[1] ? diffRevisions(comparison[0].snapshot, comparison[1].snapshot) : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/toa-soan/bai-viet/${storyId}`} className="text-sm underline">
          ← Quay lại bài viết
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">Lịch sử sửa đổi</h1>
        <p className="mt-1 text-stone-700">
          <span className="font-semibold">{story.title || "(chưa có tiêu đề)"}</span> · {statusLabels[story.status]}
        </p>
      </div>

      {!history.mayRestore ? (
        <p className="text-sm text-stone-700">
          {story.status === "published" || story.status === "unpublished"
            ? "Bài đã xuất bản không khôi phục được: mọi thay đổi đi qua Đính chính của thư ký tòa soạn."
            : "Bạn xem được lịch sử của bài này; chỉ người đang được sửa bài mới khôi phục được."}
        </p>
      ) : null}

      <form id="so-sanh" method="get" />
      {entries.length < 2 ? (
        <p className="text-sm">Bài chưa có phiên bản nào khác. Từ khi bài được gửi duyệt, mỗi lần lưu đều giữ lại một phiên bản.</p>
      ) : null}
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">Các phiên bản, mới nhất trước</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="px-2 py-2">Từ</th>
            <th scope="col" className="px-2 py-2">Đến</th>
            <th scope="col" className="px-2 py-2">Phiên bản</th>
            <th scope="col" className="px-2 py-2">Thời gian</th>
            <th scope="col" className="px-2 py-2">Người sửa</th>
            <th scope="col" className="px-2 py-2">Loại</th>
            <th scope="col" className="px-2 py-2"><span className="sr-only">Thao tác</span></th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const value = refParam(entry.ref);
            return (
              <tr key={value} className="border-b border-stone-200 align-top">
                <td className="px-2 py-2">
                  <input type="radio" form="so-sanh" name="tu" value={value} defaultChecked={entry === from} aria-label={`So sánh từ ${entryName(entry)}`} />
                </td>
                <td className="px-2 py-2">
                  <input type="radio" form="so-sanh" name="den" value={value} defaultChecked={entry === to} aria-label={`So sánh đến ${entryName(entry)}`} />
                </td>
                <th scope="row" className="px-2 py-2 text-left font-semibold">
                  Phiên bản {entry.version}
                </th>
                <td className="px-2 py-2">
                  <time dateTime={entry.at.toISOString()}>{formatAuditTime(entry.at)}</time>
                </td>
                <td className="px-2 py-2">{entry.authorName}</td>
                <td className="px-2 py-2">{revisionKindLabels[entry.kind]}</td>
                <td className="px-2 py-2">
                  {history.mayRestore && entry.ref !== "current" ? (
                    <RevisionRestoreButton storyId={storyId} revisionId={entry.ref} version={entry.version} baseVersion={story.version} />
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {entries.length >= 2 ? (
        <Button type="submit" form="so-sanh" variant="primary" size="sm">
          So sánh
        </Button>
      ) : null}

      {asked && !diffs ? <p className="text-sm">Hãy chọn hai phiên bản khác nhau để so sánh.</p> : null}
      {diffs && from && to ? (
        <section aria-labelledby="so-sanh-tieu-de" className="space-y-3">
          <h2 id="so-sanh-tieu-de" className="text-lg font-semibold">
            So sánh {entryName(from)} với {entryName(to)}
          </h2>
          <RevisionDiff diffs={diffs} />
        </section>
      ) : null}
    </div>
  );
}
