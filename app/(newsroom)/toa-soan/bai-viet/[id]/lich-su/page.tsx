import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevisionDiff } from "@/components/newsroom/revision-diff";
import { RevisionRestoreButton } from "@/components/newsroom/revision-restore-button";
import { Button } from "@/components/ui/button";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomFormatWhen, getNewsroomT } from "@/lib/i18n/server";
import { diffRevisions } from "@/lib/revisions/diff";
import { getHistory, getRevisionPair, revisionKindLabels, type RevisionEntry, type RevisionRef } from "@/lib/revisions/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("history");
  return { title: t("title") };
}

const CURRENT = "hien-tai";
const refParam = (ref: RevisionRef) => (ref === "current" ? CURRENT : String(ref));

type Search = { tu?: string | string[]; den?: string | string[] };

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const { id } = await params;
  const actor = await requireActor("newsroom.enter", `/toa-soan/bai-viet/${encodeURIComponent(id)}/lich-su`);
  if (!/^\d{1,9}$/.test(id)) notFound();
  const storyId = Number(id);
  // Asks the policy ("story.view"): a story the actor may not see is not found.
  const history = await getHistory(actor, storyId);
  if (!history) notFound();
  const [t, when, statusLabel] = await Promise.all([getNewsroomT("history"), getNewsroomFormatWhen(), getNewsroomT("workflow.status")]);
  // Numbers are names, not amounts: never grouped ("1234", not "1.234"). People see the copy's
  // number in this story's history, not the story's internal version (which has gaps).
  const entryName = (e: RevisionEntry) => (e.ref === "current" ? t("current", { version: String(e.number) }) : t("entry", { version: String(e.number) }));

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

  const comparison = asked && from && to && from !== to ? await getRevisionPair(actor, storyId, from.ref, to.ref) : null;
  const diffs = comparison?.[0] && comparison[1] ? diffRevisions(comparison[0].snapshot, comparison[1].snapshot) : null;

  return (
    <div className="space-y-6">
      <p>
        <Link href={`/toa-soan/bai-viet/${storyId}`} className="text-sm underline">
          {t("back")}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-stone-700">
          <span className="font-semibold">{story.title || t("untitled")}</span> · {statusLabel(story.status)}
        </p>
      </div>

      {!history.mayRestore ? (
        <p className="text-sm text-stone-700">{story.status === "published" || story.status === "unpublished" ? t("publishedNoRestore") : t("viewOnly")}</p>
      ) : null}

      <form id="so-sanh" method="get" />
      {entries.length < 2 ? <p className="text-sm">{t("noOther")}</p> : null}
      {/* On a phone the table scrolls inside its box (relative: its sr-only labels too); the page never sideways. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col" className="px-2 py-2">
                {t("from")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("to")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("version")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("time")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("author")}
              </th>
              <th scope="col" className="px-2 py-2">
                {t("kind")}
              </th>
              <th scope="col" className="px-2 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const value = refParam(entry.ref);
              return (
                <tr key={value} className="border-b border-stone-200 align-top">
                  <td className="px-2 py-2">
                    <input
                      type="radio"
                      form="so-sanh"
                      name="tu"
                      value={value}
                      defaultChecked={entry === from}
                      aria-label={t("compareFrom", { entry: entryName(entry) })}
                    />
                  </td>
                  <td className="px-2 py-2">
                    <input
                      type="radio"
                      form="so-sanh"
                      name="den"
                      value={value}
                      defaultChecked={entry === to}
                      aria-label={t("compareTo", { entry: entryName(entry) })}
                    />
                  </td>
                  <th scope="row" className="px-2 py-2 text-left font-semibold">
                    {t("versionRow", { version: String(entry.number) })}
                  </th>
                  <td className="px-2 py-2 whitespace-nowrap sm:whitespace-normal">
                    <time dateTime={entry.at.toISOString()}>{when(entry.at)}</time>
                  </td>
                  <td className="px-2 py-2">{entry.authorName}</td>
                  <td className="px-2 py-2">{revisionKindLabels[entry.kind]}</td>
                  <td className="px-2 py-2">
                    {history.mayRestore && entry.ref !== "current" ? (
                      <RevisionRestoreButton storyId={storyId} revisionId={entry.ref} number={entry.number} baseVersion={story.version} />
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {entries.length >= 2 ? (
        <Button type="submit" form="so-sanh" variant="primary" size="sm">
          {t("compare")}
        </Button>
      ) : null}

      {asked && !diffs ? <p className="text-sm">{t("pickTwo")}</p> : null}
      {diffs && from && to ? (
        <section aria-labelledby="so-sanh-tieu-de" className="space-y-3">
          <h2 id="so-sanh-tieu-de" className="text-lg font-semibold">
            {t("comparing", { from: entryName(from), to: entryName(to) })}
          </h2>
          <RevisionDiff diffs={diffs} />
        </section>
      ) : null}
    </div>
  );
}
