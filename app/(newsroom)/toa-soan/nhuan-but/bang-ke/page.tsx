import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PrintButton } from "@/components/newsroom/print-button";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT, getPaperTimeZone } from "@/lib/i18n/server";
import { formatWhen } from "@/lib/i18n/time";
import { translator } from "@/lib/i18n/translator";
import { canRoyalty, PermissionDeniedError } from "@/lib/policy/policy";
import { draftNotice, getRoyaltySheet, sheetTitle, taxRuleWords, workCell, type RoyaltySheet } from "@/lib/royalties/export-xlsx-sheet";
import { formatGrade } from "@/lib/royalties/money";
import { formatAmount, monthLabel } from "@/lib/royalties/format";
import { type PersonLines } from "@/lib/royalties/month-queries";
import { monthOf, monthPattern } from "@/lib/royalties/months";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("royaltyMonth.sheet");
  return { title: t("title") };
}

const path = "/toa-soan/nhuan-but/bang-ke";
const columns = ["index", "name", "penName", "work", "date", "section", "kind", "grade", "amount", "tax", "net", "signature"] as const;
const numeric = new Set<string>(["grade", "amount", "tax", "net"]);

// A4 landscape, the table's head repeated on every page, rows never split, each sheet on its own
// pages, and nothing of the newsroom around it when printed.
const printCss = `
@page { size: A4 landscape; margin: 10mm 8mm; }
@media print {
  header:not(.bang-ke *), nav:not(.bang-ke *) { display: none !important; }
  body, main, main > * { background: white !important; }
  main { max-width: none !important; padding: 0 !important; margin: 0 !important; }
  .bang-ke .sheet-scroll { overflow: visible !important; border: 0 !important; }
  .bang-ke .sheet + .sheet { break-before: page; }
  .bang-ke table { font-size: 9.5pt; }
}
.bang-ke thead { display: table-header-group; }
.bang-ke tfoot { display: table-row-group; }
.bang-ke tr { break-inside: avoid; }
.bang-ke .signatures { break-inside: avoid; }
`;

export default async function RoyaltySheetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("newsroom.enter", path);
  if (!canRoyalty(actor, "royalty.month.view")) redirect("/toa-soan?loi=quyen");
  const raw = (await searchParams).thang;
  const asked = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const timeZone = await getPaperTimeZone();
  const month = monthPattern.test(asked) ? asked : monthOf(new Date(), timeZone);
  let sheet: RoyaltySheet;
  try {
    sheet = await getRoyaltySheet(actor, month);
  } catch (error) {
    if (error instanceof PermissionDeniedError) redirect("/toa-soan?loi=quyen");
    throw error;
  }
  const t = await getNewsroomT("royaltyMonth.sheet");
  const draft = draftNotice(sheet);

  return (
    <div className="bang-ke space-y-6">
      <style>{printCss}</style>
      <div className="flex flex-wrap items-center gap-2 print:hidden">
        <Link href={`/toa-soan/nhuan-but?thang=${month}`} className="text-sm underline">
          ← {t("back", { month: monthLabel(month) })}
        </Link>
        <span className="grow" />
        <PrintButton label={t("print")} />
      </div>
      <p className="text-sm text-muted print:hidden">{t("hint")}</p>
      {(["staff", "collaborators"] as const).map((kind) => (
        <Sheet key={kind} sheet={sheet} kind={kind} draft={draft} />
      ))}
    </div>
  );
}

function Sheet({ sheet, kind, draft }: { sheet: RoyaltySheet; kind: "staff" | "collaborators"; draft: string | null }) {
  // The sheet is the paper's document: always in Vietnamese, as the .xlsx.
  const w = translator("vi", "royaltyExport");
  const people: PersonLines[] = sheet[kind];
  const lines = people.reduce((n, p) => n + p.lines.length, 0);
  const total = people.reduce((s, p) => ({ amount: s.amount + p.amount, tax: s.tax + p.tax, net: s.net + p.net }), { amount: 0, tax: 0, net: 0 });
  const day = (date: Date | null) => (date ? formatWhen(date, { timeZone: sheet.timeZone, style: "date" }) : "");
  // STT runs through the sheet: each person's first line follows the one before's last.
  const firsts = people.map((_, i) => people.slice(0, i).reduce((n, p) => n + p.lines.length, 0));
  return (
    <section
      className="sheet font-serif text-stone-950"
      lang="vi"
      aria-label={`${sheetTitle(sheet)} — ${w(kind === "staff" ? "sheetStaff" : "sheetCollaborators")}`}
    >
      <div className="mb-3 space-y-0.5">
        <p className="font-bold">{sheet.paperName.toLocaleUpperCase("vi")}</p>
        <h1 className="text-center text-lg font-bold">{sheetTitle(sheet)}</h1>
        <p className="text-center font-semibold">{w(kind === "staff" ? "sheetStaff" : "sheetCollaborators")}</p>
        {draft ? <p className="text-center font-bold text-red-700">{draft}</p> : null}
        <p className="text-center text-sm italic">{taxRuleWords(sheet)}</p>
      </div>
      <div className="sheet-scroll overflow-x-auto rounded border border-stone-300 bg-white">
        <table className="w-full border-collapse text-sm [&_td]:border [&_td]:border-stone-500 [&_td]:px-1.5 [&_td]:py-1 [&_th]:border [&_th]:border-stone-500 [&_th]:px-1.5 [&_th]:py-1">
          <thead className="bg-stone-100">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className={`align-middle ${c === "work" ? "min-w-56" : ""} ${c === "signature" ? "w-24" : ""}`}>
                  {w(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="text-center italic">
                  {w("noLines")}
                </td>
              </tr>
            ) : null}
            {people.map((person, i) => (
              <PersonRows key={person.payeeId} person={person} first={firsts[i]!} day={day} />
            ))}
            <tr className="bg-stone-100 font-bold">
              <td />
              <td colSpan={3}>
                {w("total")} ({w("totalPeople", { count: people.length })}, {w("works", { count: lines })})
              </td>
              <td colSpan={4} />
              <td className="text-right tabular-nums">{formatAmount(total.amount)}</td>
              <td className="text-right tabular-nums">{formatAmount(total.tax)}</td>
              <td className="text-right tabular-nums">{formatAmount(total.net)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <div className="signatures mt-4 grid grid-cols-3 gap-4 text-center">
        <p className="col-start-3 italic">{w("dateLine")}</p>
        {(["preparer", "chiefAccountant", "editorInChief"] as const).map((who) => (
          <div key={who} className="row-start-2 pb-16">
            <p className="font-bold">{w(`signers.${who}`)}</p>
            <p className="text-sm italic">{w("signHint")}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

function PersonRows({ person, first, day }: { person: PersonLines; first: number; day: (d: Date | null) => string }) {
  const w = translator("vi", "royaltyExport");
  return (
    <>
      {person.lines.map((line, i) => (
        <tr key={line.id}>
          {columns.map((c) => {
            const value =
              c === "index"
                ? String(first + i + 1)
                : c === "name"
                  ? person.name
                  : c === "penName"
                    ? person.penNames.join(", ")
                    : c === "work"
                      ? workCell(line)
                      : c === "date"
                        ? day(line.publishedAt)
                        : c === "section"
                          ? (line.sectionName ?? w("noSection"))
                          : c === "kind"
                            ? line.kindName
                            : c === "grade"
                              ? formatGrade(line.gradeHundredths)
                              : c === "amount" || c === "tax" || c === "net"
                                ? formatAmount(line[c])
                                : "";
            return (
              <td key={c} className={`align-top ${numeric.has(c) ? "text-right tabular-nums" : ""} ${c === "index" || c === "date" ? "text-center" : ""}`}>
                {value}
              </td>
            );
          })}
        </tr>
      ))}
      <tr className="bg-stone-50 font-semibold">
        <td />
        <td colSpan={3}>
          {w("subtotal", { name: person.name })} ({w("works", { count: person.lines.length })})
        </td>
        <td colSpan={4} />
        <td className="text-right tabular-nums">{formatAmount(person.amount)}</td>
        <td className="text-right tabular-nums">{formatAmount(person.tax)}</td>
        <td className="text-right tabular-nums">{formatAmount(person.net)}</td>
        <td className="h-10" />
      </tr>
    </>
  );
}
