// The word diff of two versions, field by field, rendered on the server: removed words struck
// through on red, added words underlined on green (dark text on pale ground, so both read well
// and the marks do not rely on colour alone).
import { getNewsroomT } from "@/lib/i18n/server";
import type { FieldDiff, Segment } from "@/lib/revisions/diff";

// A little padding keeps a removal and the insertion beside it apart ("hơn 95" | "gần 96").
const insClass = "rounded-sm bg-green-100 px-0.5 text-green-950 underline decoration-green-800 underline-offset-2";
const delClass = "rounded-sm bg-red-100 px-0.5 text-red-950 line-through decoration-red-800";

function Piece({ segment }: { segment: Segment }) {
  if (segment.kind === "added") return <ins className={insClass}>{segment.text}</ins>;
  if (segment.kind === "removed") return <del className={delClass}>{segment.text}</del>;
  return <span>{segment.text}</span>;
}

export type RevisionDiffProps = { diffs: FieldDiff[] };

export async function RevisionDiff({ diffs }: RevisionDiffProps) {
  const t = await getNewsroomT("history.diff");
  const changed = diffs.filter((d) => d.changed);
  const same = diffs.filter((d) => !d.changed);
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-700">
        {t("legend")} <del className={delClass}>{t("removed")}</del> <ins className={insClass}>{t("added")}</ins>
      </p>
      {changed.length === 0 ? <p className="text-sm">{t("identical")}</p> : null}
      {changed.map((diff) => (
        <section key={diff.field} aria-label={diff.label} className="rounded border border-stone-300 bg-white p-3">
          <h3 className="mb-2 text-sm font-semibold text-stone-700">{diff.label}</h3>
          <div className={`space-y-2 leading-relaxed ${diff.field === "body" ? "font-serif" : ""}`}>
            {diff.paragraphs.map((paragraph, i) => (
              <p key={i} className="break-words whitespace-pre-wrap">
                {paragraph.length ? paragraph.map((segment, j) => <Piece key={j} segment={segment} />) : <span className="text-stone-500">{t("empty")}</span>}
              </p>
            ))}
          </div>
        </section>
      ))}
      {same.length ? <p className="text-sm text-stone-700">{t("unchanged", { fields: same.map((d) => d.label).join(", ") })}</p> : null}
    </div>
  );
}
