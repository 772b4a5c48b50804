// The saved grade as lines, for whoever may see it but not change it now (an approved month, the
// approver, the accountant): who is paid, for what, at which grade and share, and how much.
// Part of the royalty panel's client bundle (royalty-panel.tsx), and of nothing else.
import { useTranslations } from "use-intl";
import { listCell, listRow, listTable, listTbody, listThead } from "@/components/newsroom/list-classes";
import type { GradeSheet, SheetPerson } from "@/lib/royalties/grade-sheet";
import type { PersonRef } from "@/lib/royalties/payees";
import { formatAmount } from "@/lib/royalties/format";
import { formatGrade, lineAmount } from "@/lib/royalties/money";

/** "Lê Phương Dung (PHƯƠNG DUNG)"; a pen name that is only the name in capitals is not repeated. */
export function personLabel(p: Pick<SheetPerson, "name" | "penNames">): string {
  const upper = p.name.toLocaleUpperCase("vi");
  const penNames = p.penNames.filter((pen) => pen.toLocaleUpperCase("vi") !== upper);
  return penNames.length ? `${p.name} (${penNames.join(", ")})` : p.name;
}

type Line = { key: string; person: PersonRef; role: "author" | "photo" | "remuneration"; kind: string; grade: number; share: number };

export function RoyaltyLines({ sheet, saved }: { sheet: GradeSheet; saved: NonNullable<GradeSheet["saved"]> }) {
  const t = useTranslations("royaltyPanel");
  const people = new Map(sheet.people.map((p) => [p.key, p]));
  const kinds = new Map([...sheet.kinds.work, ...sheet.kinds.remuneration].map((k) => [k.code, k.name]));
  const nameOf = (ref: PersonRef) => {
    const p = people.get("userId" in ref ? `u${ref.userId}` : `p${ref.payeeId}`);
    return p ? personLabel(p) : "—";
  };
  const lines: Line[] = [
    ...saved.authors.map((a, i) => ({
      key: `a${i}`,
      person: a.person,
      role: "author" as const,
      kind: kinds.get(saved.kindCode) ?? saved.kindCode,
      grade: saved.grade,
      share: a.share,
    })),
    ...saved.photos.map((p) => ({ key: `f${p.mediaId}`, person: p.person, role: "photo" as const, kind: sheet.kinds.photo.name, grade: p.grade, share: 100 })),
    ...saved.remuneration.map((r, i) => ({
      key: `r${i}`,
      person: r.person,
      role: "remuneration" as const,
      kind: kinds.get(r.kindCode) ?? r.kindCode,
      grade: r.grade,
      share: 100,
    })),
  ];
  const amountOf = (l: Line) => lineAmount(l.grade, l.share, sheet.pointValue);
  const total = lines.reduce((sum, l) => sum + amountOf(l), 0);
  return (
    <div className="space-y-2">
      <table className={listTable} aria-label={t("lines")}>
        <thead className={listThead}>
          <tr>
            <th className="px-3 py-2">{t("columns.person")}</th>
            <th className="px-3 py-2">{t("columns.role")}</th>
            <th className="px-3 py-2">{t("columns.kind")}</th>
            <th className="px-3 py-2 text-right">{t("columns.grade")}</th>
            <th className="px-3 py-2 text-right">{t("columns.share")}</th>
            <th className="px-3 py-2 text-right">{t("columns.amount")}</th>
          </tr>
        </thead>
        <tbody className={listTbody}>
          {lines.map((l) => (
            <tr key={l.key} className={listRow}>
              <td className={`${listCell} max-md:w-full max-md:font-semibold`} data-label={t("columns.person")}>
                {nameOf(l.person)}
              </td>
              <td className={listCell} data-label={t("columns.role")}>
                {t(`roles.${l.role}`)}
              </td>
              <td className={listCell} data-label={t("columns.kind")}>
                {l.kind}
              </td>
              <td className={`${listCell} md:text-right`} data-label={t("columns.grade")}>
                {formatGrade(l.grade)}
              </td>
              <td className={`${listCell} md:text-right`} data-label={t("columns.share")}>
                {l.share}%
              </td>
              <td className={`${listCell} font-semibold tabular-nums md:text-right`} data-label={t("columns.amount")}>
                {t("amount", { amount: formatAmount(amountOf(l)) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-right text-base">
        <span className="font-semibold">{t("total")}: </span>
        <span className="font-semibold tabular-nums">{t("amount", { amount: formatAmount(total) })}</span>
      </p>
      {saved.note ? (
        <p className="text-sm">
          <span className="font-semibold">{t("note")}: </span>
          <span className="whitespace-pre-line">{saved.note}</span>
        </p>
      ) : null}
    </div>
  );
}
