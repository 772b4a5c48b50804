"use client";

// Chấm nhuận bút, under a story approved or later: the kind of work and its grade, the authors'
// shares, a grade per photo used, thù lao lines and a note, with each line's amount computed as
// the server will (lineAmount, money.ts) and the total. The server decides (gradeWorkAction):
// its refusals are shown beside the field they name. A person who may not grade now (the month
// approved, or an approver or accountant) sees the saved lines instead.
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { useTranslations } from "use-intl";
import { useFormatWhen } from "@/components/newsroom/intl-provider";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError, FieldHint, Label } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { GradeSheet, SheetKind, SheetPerson } from "@/lib/royalties/grade-sheet";
import type { PersonRef } from "@/lib/royalties/payees";
import { gradeWorkAction } from "@/lib/royalties/actions";
import { formatGrade, lineAmount, parseGrade } from "@/lib/royalties/money";
import { RoyaltyLines, personLabel } from "./royalty-panel-lines";
import { formatAmount, monthLabel } from "@/lib/royalties/format";

type AuthorRow = { id: number; person: string; share: string };
type PhotoRow = { mediaId: number; person: string; grade: string };
type RemunerationRow = { id: number; person: string; kindCode: string; grade: string; note: string };

const keyOf = (ref: PersonRef | null) => (!ref ? "" : "userId" in ref ? `u${ref.userId}` : `p${ref.payeeId}`);
const refOf = (key: string): PersonRef => (key.startsWith("u") ? { userId: Number(key.slice(1)) } : { payeeId: Number(key.slice(1)) });
/** A share typed as a whole number, else null. */
const shareOf = (text: string) => (/^\s*\d{1,3}\s*$/.test(text) ? Number(text) : null);
/** Selects and text fields side by side, at one height. */
const controlHeight = "h-9";

export function RoyaltyPanel({ sheet }: { sheet: GradeSheet }) {
  const t = useTranslations("royaltyPanel");
  const when = useFormatWhen();
  const headingId = useId();
  const month = monthLabel(sheet.month);
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded border border-stone-300 bg-white p-4" data-testid="royalty-panel">
      <div className="space-y-1">
        <h2 id={headingId} className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted">{t("monthLine", { month, value: t("amount", { amount: formatAmount(sheet.pointValue) }) })}</p>
        {sheet.saved ? <p className="text-sm text-muted">{t("gradedBy", { name: sheet.saved.gradedBy, time: when(sheet.saved.gradedAt) })}</p> : null}
      </div>
      {sheet.monthStatus === "closed" ? (
        <Notice tone="warning">
          {sheet.adjustmentMonth ? t("monthClosed", { month, adjustment: monthLabel(sheet.adjustmentMonth) }) : t("monthClosedNoOpen", { month })}
        </Notice>
      ) : null}
      {sheet.monthStatus === "approved" ? <Notice tone="warning">{t("monthApproved", { month })}</Notice> : null}
      {sheet.mayGrade ? (
        <GradeForm sheet={sheet} />
      ) : (
        <>
          {sheet.monthStatus === "open" ? <p className="text-sm text-muted">{t("readOnly")}</p> : null}
          {sheet.saved ? <RoyaltyLines sheet={sheet} saved={sheet.saved} /> : <p className="text-sm">{t("notGraded")}</p>}
        </>
      )}
    </section>
  );
}

function GradeForm({ sheet }: { sheet: GradeSheet }) {
  const t = useTranslations("royaltyPanel");
  const v = useTranslations("validation.royalty");
  const when = useFormatWhen();
  const router = useRouter();
  const formId = useId();
  const { saved } = sheet;
  const people = new Map(sheet.people.map((p) => [p.key, p]));
  // Row keys: the first rows by position (the same on the server and in the browser), added ones after.
  const lastId = useRef(1000);
  const nextId = () => ++lastId.current;

  const [kindCode, setKindCode] = useState(saved?.kindCode ?? sheet.suggested.kindCode);
  const [grade, setGrade] = useState(formatGrade(saved?.grade ?? sheet.suggested.grade));
  const [note, setNote] = useState(saved?.note ?? "");
  const [authors, setAuthors] = useState<AuthorRow[]>(() =>
    (saved?.authors ?? sheet.suggestedAuthors).map((a, i) => ({ id: i + 1, person: keyOf(a.person), share: String(a.share) })),
  );
  const [photos, setPhotos] = useState<PhotoRow[]>(() =>
    sheet.photos.map((p) => {
      const line = saved?.photos.find((l) => l.mediaId === p.mediaId);
      return saved
        ? { mediaId: p.mediaId, person: keyOf(line?.person ?? null), grade: formatGrade(line?.grade ?? p.suggestedGrade) }
        : { mediaId: p.mediaId, person: keyOf(p.suggestedPerson), grade: formatGrade(p.suggestedGrade) };
    }),
  );
  const [remuneration, setRemuneration] = useState<RemunerationRow[]>(() =>
    (saved?.remuneration ?? []).map((r, i) => ({ id: 100 + i, person: keyOf(r.person), kindCode: r.kindCode, grade: formatGrade(r.grade), note: r.note })),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const kinds = new Map([...sheet.kinds.work, ...sheet.kinds.remuneration].map((k) => [k.code, k]));
  const workKind = kinds.get(kindCode);
  const point = sheet.pointValue;
  const unused = new Set(sheet.photos.map((p) => p.mediaId));
  const formerPhotos = saved?.photos.filter((l) => !unused.has(l.mediaId)).length ?? 0;

  /** Every change starts afresh: what the server said about the old values no longer holds. */
  const edit = () => {
    setErrors({});
    setSummary(null);
    setDone(null);
  };
  /** What a typed grade is worth and, against its kind's range, what is wrong with it. */
  const check = (text: string, kind: SheetKind | undefined) => {
    const hundredths = parseGrade(text);
    if (hundredths === null || hundredths < 0) return { hundredths: null, problem: text.trim() ? v("grade") : null };
    if (kind && (hundredths < kind.min || hundredths > kind.max))
      return { hundredths: null, problem: v("outOfRange", { kind: kind.name, min: formatGrade(kind.min), max: formatGrade(kind.max) }) };
    return { hundredths, problem: null };
  };
  const work = check(grade, workKind);
  const shares = authors.map((a) => shareOf(a.share));
  const sharesTotal = shares.reduce<number>((sum, s) => sum + (s ?? 0), 0);
  const authorAmounts = authors.map((_, i) => (work.hundredths !== null && shares[i] ? lineAmount(work.hundredths, shares[i], point) : null));
  const photoChecks = photos.map((p) => check(p.grade, sheet.kinds.photo));
  const photoAmounts = photos.map((p, i) => {
    const hundredths = photoChecks[i]!.hundredths;
    return p.person && hundredths !== null ? lineAmount(hundredths, 100, point) : null;
  });
  const remunerationChecks = remuneration.map((r) => check(r.grade, kinds.get(r.kindCode)));
  const remunerationAmounts = remunerationChecks.map((c) => (c.hundredths !== null ? lineAmount(c.hundredths, 100, point) : null));
  const total = [...authorAmounts, ...photoAmounts, ...remunerationAmounts].reduce<number>((sum, a) => sum + (a ?? 0), 0);

  const changeKind = (code: string) => {
    edit();
    // A grade still at the old kind's suggestion follows the new kind's.
    if (!grade.trim() || parseGrade(grade) === workKind?.suggested) setGrade(formatGrade(kinds.get(code)?.suggested ?? 0));
    setKindCode(code);
  };
  const addAuthor = (person = "") => {
    edit();
    const id = nextId();
    setAuthors((rows) => {
      const next = [...rows, { id, person, share: "" }];
      // Shares alike: the remainder to the first ones (equalShares in money.ts).
      const base = Math.floor(100 / next.length);
      return next.map((row, i) => ({ ...row, share: String(base + (i < 100 - base * next.length ? 1 : 0)) }));
    });
  };

  const save = () => {
    const local: Record<string, string> = {};
    authors.forEach((a, i) => {
      if (!a.person) local[`authors.${i}`] = t("personMissing");
    });
    remuneration.forEach((r, i) => {
      if (!r.person) local[`remuneration.${i}`] = t("personMissing");
    });
    setDone(null);
    if (Object.keys(local).length) {
      setErrors(local);
      setSummary(t("notSaved"));
      return;
    }
    // Photos left without a person are not graded: the server's indices are mapped back to rows.
    const gradedPhotos = photos.flatMap((p, row) => (p.person ? [{ row, line: { mediaId: p.mediaId, person: refOf(p.person), grade: p.grade } }] : []));
    startTransition(async () => {
      const result = await gradeWorkAction({
        storyId: sheet.storyId,
        kindCode,
        grade,
        note,
        authors: authors.map((a) => ({ person: refOf(a.person), share: shareOf(a.share) ?? Number.NaN })),
        photos: gradedPhotos.map((p) => p.line),
        remuneration: remuneration.map((r) => ({ person: refOf(r.person), kindCode: r.kindCode, grade: r.grade, note: r.note })),
      });
      if (!result.ok) {
        const found: Record<string, string> = { ...result.fieldErrors };
        const field = result.details?.field;
        if (typeof field === "string") found[field] = result.error;
        const mapped: Record<string, string> = {};
        for (const [key, message] of Object.entries(found)) {
          const photo = /^photos\.(\d+)(\..*)?$/.exec(key);
          mapped[photo ? `photos.${gradedPhotos[Number(photo[1])]?.row ?? photo[1]}${photo[2] ?? ""}` : key] = message;
        }
        setErrors(mapped);
        const placed = Object.keys(mapped).some((key) => /^(kindCode|grade|note|authors|photos|remuneration)(\.|$)/.test(key));
        setSummary(placed ? t("notSaved") : result.error);
        return;
      }
      setErrors({});
      setSummary(null);
      const time = when(new Date(), "time");
      setDone(result.data.adjusted ? t("savedAdjusted", { time, month: monthLabel(result.data.linesMonth) }) : t("savedAt", { time }));
      router.refresh();
    });
  };

  /** The first message the server or the live check has for a field (or any field under it). */
  const errorOf = (...keys: string[]) => {
    for (const key of keys) {
      const exact = errors[key];
      if (exact) return exact;
      const nested = Object.entries(errors).find(([k]) => k.startsWith(`${key}.`));
      if (nested) return nested[1];
    }
    return null;
  };
  const workError = errorOf("kindCode", "grade") ?? work.problem;

  return (
    <form
      className="space-y-5"
      aria-describedby={summary ? `${formId}-summary` : undefined}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {/* Kind of work and grade. */}
      <div className="grid gap-3 sm:grid-cols-[minmax(0,16rem)_minmax(0,10rem)_1fr] sm:items-start">
        <div className="space-y-1">
          <Label htmlFor={`${formId}-kind`}>{t("kind")}</Label>
          <Select
            id={`${formId}-kind`}
            className={controlHeight}
            value={kindCode}
            onChange={(e) => changeKind(e.target.value)}
            aria-invalid={errors.kindCode ? true : undefined}
          >
            {sheet.kinds.work.map((k) => (
              <option key={k.code} value={k.code}>
                {k.name}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${formId}-grade`}>{t("grade")}</Label>
          <Input
            id={`${formId}-grade`}
            className={controlHeight}
            inputMode="decimal"
            autoComplete="off"
            value={grade}
            onChange={(e) => {
              edit();
              setGrade(e.target.value);
            }}
            aria-invalid={workError ? true : undefined}
            aria-describedby={`${formId}-grade-hint${workError ? ` ${formId}-grade-error` : ""}`}
          />
        </div>
        <div className="space-y-1 sm:pt-6">
          {workKind ? (
            <FieldHint id={`${formId}-grade-hint`} className="text-sm">
              {t("range", { min: formatGrade(workKind.min), max: formatGrade(workKind.max), suggested: formatGrade(workKind.suggested) })}
            </FieldHint>
          ) : null}
          <FieldError id={`${formId}-grade-error`} message={workError} />
        </div>
      </div>

      {/* Authors and their shares. */}
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">{t("authors")}</legend>
        {/* Column names on a wide screen; each control keeps its own name for assistive technology. */}
        <div aria-hidden="true" className="hidden gap-2 text-xs text-muted sm:flex">
          <span className="flex-1">{t("columns.person")}</span>
          <span className="w-24">{t("shareShort")}</span>
          <span className="w-44 text-right">{t("columns.amount")}</span>
          <span className="w-[2.6rem]" />
        </div>
        <ul className="space-y-2">
          {authors.map((row, i) => {
            const n = i + 1;
            const rowError = errorOf(`authors.${i}`);
            return (
              <li key={row.id} className="rounded border border-stone-200 p-2 sm:border-0 sm:p-0">
                <div className="flex flex-wrap items-end gap-2">
                  <div className="w-full space-y-1 sm:w-auto sm:min-w-0 sm:flex-1">
                    <Label htmlFor={`${formId}-author-${row.id}`} className="sm:sr-only">
                      {t("author", { n })}
                    </Label>
                    <PersonSelect
                      id={`${formId}-author-${row.id}`}
                      people={sheet.people}
                      value={row.person}
                      invalid={Boolean(rowError)}
                      onChange={(person) => {
                        edit();
                        setAuthors((rows) => rows.map((r) => (r.id === row.id ? { ...r, person } : r)));
                      }}
                    />
                  </div>
                  <div className="w-24 space-y-1">
                    <Label htmlFor={`${formId}-share-${row.id}`} className="text-xs font-normal text-muted sm:sr-only">
                      {t("shareShort")}
                    </Label>
                    <Input
                      id={`${formId}-share-${row.id}`}
                      className={controlHeight}
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={t("share", { n })}
                      value={row.share}
                      aria-invalid={shares[i] === null || errorOf(`authors.${i}.share`) ? true : undefined}
                      onChange={(e) => {
                        edit();
                        setAuthors((rows) => rows.map((r) => (r.id === row.id ? { ...r, share: e.target.value } : r)));
                      }}
                    />
                  </div>
                  <Amount
                    className="min-w-0 flex-1 sm:w-44 sm:flex-none"
                    amount={authorAmounts[i] ?? null}
                    formula={
                      work.hundredths !== null && shares[i]
                        ? t("formula", { grade: formatGrade(work.hundredths), share: shares[i], point: formatAmount(point) })
                        : null
                    }
                  />
                  <Button
                    size="sm"
                    className={controlHeight}
                    aria-label={t("removeAuthor", { n })}
                    disabled={authors.length === 1}
                    onClick={() => {
                      edit();
                      setAuthors((rows) => rows.filter((r) => r.id !== row.id));
                    }}
                  >
                    {t("remove")}
                  </Button>
                </div>
                <FieldError message={rowError} className="mt-1" />
              </li>
            );
          })}
        </ul>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <Button size="sm" onClick={() => addAuthor()}>
            {t("addAuthor")}
          </Button>
          <p role="status" className={cn("text-sm font-semibold", sharesTotal === 100 ? "text-green-800" : "text-red-800")}>
            {t("sharesTotal", { total: sharesTotal })}
            {sharesTotal === 100 ? null : ` — ${t("sharesMust")}`}
          </p>
        </div>
        <FieldError message={errors.authors ?? null} />
        {/* Until the work is graded: once saved, its authors are the grader's decision. */}
        {saved ? null : <PenNames sheet={sheet} people={people} authors={authors} onAssign={(person) => addAuthor(person)} />}
      </fieldset>

      {/* Photos used. */}
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold">{t("photos")}</legend>
        {sheet.photos.length === 0 ? <p className="text-sm text-muted">{t("noPhotos")}</p> : null}
        <ul className="space-y-3">
          {sheet.photos.map((p, i) => {
            const row = photos[i]!;
            const n = i + 1;
            const problem = errorOf(`photos.${i}`) ?? (row.person ? photoChecks[i]!.problem : null);
            const setRow = (change: Partial<PhotoRow>) => {
              edit();
              setPhotos((rows) => rows.map((r, k) => (k === i ? { ...r, ...change } : r)));
            };
            return (
              <li key={p.mediaId} className="grid grid-cols-[4.5rem_1fr] gap-x-3 gap-y-2 sm:grid-cols-[5rem_minmax(0,1fr)_minmax(0,20rem)_6rem_11rem]">
                {p.src ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a library variant, already resized
                  <img src={p.src} alt="" loading="lazy" className="h-12 w-[4.5rem] rounded object-cover sm:h-14 sm:w-20" />
                ) : (
                  <span aria-hidden="true" className="h-12 w-[4.5rem] rounded bg-stone-200" />
                )}
                <div className="min-w-0 text-sm">
                  <p className="font-semibold">{t("photo", { n })}</p>
                  <p className="line-clamp-2 break-words">{p.caption}</p>
                  {p.credit ? <p className="text-xs text-muted">{p.credit}</p> : null}
                </div>
                <div className="col-span-2 space-y-1 sm:col-span-1">
                  <Label htmlFor={`${formId}-photo-${p.mediaId}`} className="text-xs font-normal text-muted">
                    {t("photoPerson", { n })}
                  </Label>
                  <PersonSelect
                    id={`${formId}-photo-${p.mediaId}`}
                    people={sheet.people}
                    value={row.person}
                    emptyLabel={t("noGrade")}
                    invalid={Boolean(errorOf(`photos.${i}`))}
                    onChange={(person) => setRow({ person })}
                  />
                </div>
                <div className="space-y-1">
                  <Label htmlFor={`${formId}-photo-grade-${p.mediaId}`} className="text-xs font-normal text-muted">
                    {t("photoGrade", { n })}
                  </Label>
                  <Input
                    id={`${formId}-photo-grade-${p.mediaId}`}
                    className={controlHeight}
                    inputMode="decimal"
                    autoComplete="off"
                    value={row.grade}
                    disabled={!row.person}
                    aria-invalid={problem ? true : undefined}
                    onChange={(e) => setRow({ grade: e.target.value })}
                  />
                </div>
                <Amount
                  className="self-end"
                  amount={photoAmounts[i] ?? null}
                  formula={photoAmounts[i] != null ? t("formula", { grade: row.grade, share: 100, point: formatAmount(point) }) : null}
                />
                <FieldError message={problem} className="col-span-2 sm:col-span-5" />
              </li>
            );
          })}
        </ul>
        {formerPhotos ? <p className="text-sm text-muted">{t("formerPhotos", { count: formerPhotos })}</p> : null}
        <FieldHint>
          {t("range", {
            min: formatGrade(sheet.kinds.photo.min),
            max: formatGrade(sheet.kinds.photo.max),
            suggested: formatGrade(sheet.kinds.photo.suggested),
          })}
        </FieldHint>
      </fieldset>

      {/* Thù lao. */}
      {sheet.kinds.remuneration.length ? (
        <fieldset className="space-y-2">
          <legend className="text-base font-semibold">{t("remuneration")}</legend>
          <p className="text-sm text-muted">{t("remunerationHint")}</p>
          <ul className="space-y-3">
            {remuneration.map((row, i) => {
              const n = i + 1;
              const problem = errorOf(`remuneration.${i}`) ?? remunerationChecks[i]!.problem;
              const kind = kinds.get(row.kindCode);
              const setRow = (change: Partial<RemunerationRow>) => {
                edit();
                setRemuneration((rows) => rows.map((r) => (r.id === row.id ? { ...r, ...change } : r)));
              };
              return (
                <li key={row.id} className="rounded border border-stone-200 p-2">
                  <div className="grid grid-cols-2 gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,12rem)_6rem_10rem_auto] sm:items-end">
                    <div className="col-span-2 space-y-1 sm:col-span-1">
                      <Label htmlFor={`${formId}-rem-person-${row.id}`} className="text-xs font-normal text-muted">
                        {t("remunerationPerson", { n })}
                      </Label>
                      <PersonSelect
                        id={`${formId}-rem-person-${row.id}`}
                        people={sheet.people}
                        value={row.person}
                        invalid={Boolean(errorOf(`remuneration.${i}`))}
                        onChange={(person) => setRow({ person })}
                      />
                    </div>
                    <div className="col-span-2 space-y-1 sm:col-span-1">
                      <Label htmlFor={`${formId}-rem-kind-${row.id}`} className="text-xs font-normal text-muted">
                        {t("remunerationKind", { n })}
                      </Label>
                      <Select
                        id={`${formId}-rem-kind-${row.id}`}
                        className={controlHeight}
                        value={row.kindCode}
                        onChange={(e) => {
                          const next = kinds.get(e.target.value);
                          setRow({
                            kindCode: e.target.value,
                            ...(parseGrade(row.grade) === kind?.suggested && next ? { grade: formatGrade(next.suggested) } : {}),
                          });
                        }}
                      >
                        {sheet.kinds.remuneration.map((k) => (
                          <option key={k.code} value={k.code}>
                            {k.name}
                          </option>
                        ))}
                      </Select>
                    </div>
                    <div className="space-y-1">
                      <Label htmlFor={`${formId}-rem-grade-${row.id}`} className="text-xs font-normal text-muted">
                        {t("remunerationGrade", { n })}
                      </Label>
                      <Input
                        id={`${formId}-rem-grade-${row.id}`}
                        className={controlHeight}
                        inputMode="decimal"
                        autoComplete="off"
                        value={row.grade}
                        aria-invalid={problem ? true : undefined}
                        onChange={(e) => setRow({ grade: e.target.value })}
                      />
                    </div>
                    <Amount
                      className="self-end"
                      amount={remunerationAmounts[i] ?? null}
                      formula={remunerationAmounts[i] != null ? t("formula", { grade: row.grade, share: 100, point: formatAmount(point) }) : null}
                    />
                    <Button
                      size="sm"
                      className={cn(controlHeight, "col-span-2 justify-self-start sm:col-span-1 sm:self-end")}
                      aria-label={t("removeRemuneration", { n })}
                      onClick={() => {
                        edit();
                        setRemuneration((rows) => rows.filter((r) => r.id !== row.id));
                      }}
                    >
                      {t("remove")}
                    </Button>
                    <div className="col-span-2 space-y-1 sm:col-span-5">
                      <Label htmlFor={`${formId}-rem-note-${row.id}`} className="text-xs font-normal text-muted">
                        {t("remunerationNote", { n })}
                      </Label>
                      <Input
                        id={`${formId}-rem-note-${row.id}`}
                        value={row.note}
                        maxLength={1000}
                        onChange={(e) => setRow({ note: e.target.value })}
                        size="sm"
                      />
                    </div>
                  </div>
                  {kind ? (
                    <FieldHint className="mt-1">
                      {t("range", { min: formatGrade(kind.min), max: formatGrade(kind.max), suggested: formatGrade(kind.suggested) })}
                    </FieldHint>
                  ) : null}
                  <FieldError message={problem} className="mt-1" />
                </li>
              );
            })}
          </ul>
          <Button
            size="sm"
            onClick={() => {
              edit();
              const first = sheet.kinds.remuneration[0]!;
              const id = nextId();
              setRemuneration((rows) => [...rows, { id, person: "", kindCode: first.code, grade: formatGrade(first.suggested), note: "" }]);
            }}
          >
            {t("addRemuneration")}
          </Button>
        </fieldset>
      ) : null}

      <div className="space-y-1">
        <Label htmlFor={`${formId}-note`}>{t("note")}</Label>
        <Textarea
          id={`${formId}-note`}
          value={note}
          rows={2}
          maxLength={1000}
          size="sm"
          aria-invalid={errors.note ? true : undefined}
          onChange={(e) => {
            edit();
            setNote(e.target.value);
          }}
        />
        <FieldError message={errors.note ?? null} />
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3 border-t border-stone-200 pt-3">
        <p className="text-base">
          <span className="font-semibold">{t("total")}: </span>
          <output data-testid="royalty-total" className="font-semibold tabular-nums">
            {t("amount", { amount: formatAmount(total) })}
          </output>
        </p>
        <Button type="submit" variant="primary" size="lg" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
      {summary ? (
        <Notice tone="error" className="mt-2">
          <span id={`${formId}-summary`}>{summary}</span>
        </Notice>
      ) : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
    </form>
  );
}

/** A line's amount, with how it was reached in small print. */
function Amount({ amount, formula, className }: { amount: number | null; formula: string | null; className?: string }) {
  const t = useTranslations("royaltyPanel");
  return (
    <p className={cn("text-right text-sm tabular-nums sm:pb-1", className)}>
      {formula ? <span className="block text-xs text-muted">{formula} =</span> : null}{" "}
      <span className="font-semibold">{amount === null ? "—" : t("amount", { amount: formatAmount(amount) })}</span>
    </p>
  );
}

/** The pen names of the byline no one person holds, each with a picker that adds its person to the authors. */
function PenNames({
  sheet,
  people,
  authors,
  onAssign,
}: {
  sheet: GradeSheet;
  people: Map<string, SheetPerson>;
  authors: AuthorRow[];
  onAssign: (person: string) => void;
}) {
  const t = useTranslations("royaltyPanel");
  const formId = useId();
  const [assigned, setAssigned] = useState<Record<string, string>>({});
  const open = sheet.penNames.filter((p) => p.status !== "resolved");
  if (!open.length) return null;
  return (
    <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("penNames")}</p>
      <ul className="space-y-2">
        {open.map((p, i) => {
          const chosen = assigned[p.penName];
          const chosenPerson = chosen ? people.get(chosen) : undefined;
          return (
            <li key={`${p.penName}-${i}`} className="grid gap-1 sm:grid-cols-[minmax(0,14rem)_minmax(0,28rem)] sm:items-center">
              <p>
                <strong>{p.penName}</strong> <span className="text-amber-900">({t(`penNameStatus.${p.status as "shared" | "ambiguous" | "unknown"}`)})</span>
              </p>
              {chosenPerson ? (
                <p>{t("penNameAssigned", { name: chosenPerson.name })}</p>
              ) : (
                <PersonSelect
                  id={`${formId}-${i}`}
                  people={sheet.people}
                  preferred={p.candidates.map((c) => keyOf(c.ref))}
                  value=""
                  ariaLabel={t("penNameChoose", { penName: p.penName })}
                  size="sm"
                  onChange={(person) => {
                    if (!person) return;
                    setAssigned((all) => ({ ...all, [p.penName]: person }));
                    if (!authors.some((a) => a.person === person)) onAssign(person);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A picker of people: the preferred ones first (a pen name's candidates), then staff, then collaborators. */
function PersonSelect({
  id,
  people,
  value,
  onChange,
  preferred = [],
  emptyLabel,
  ariaLabel,
  invalid,
  size,
}: {
  id: string;
  people: SheetPerson[];
  value: string;
  onChange: (key: string) => void;
  preferred?: string[];
  emptyLabel?: string;
  ariaLabel?: string;
  invalid?: boolean;
  size?: "sm" | "md";
}) {
  const t = useTranslations("royaltyPanel");
  const first = people.filter((p) => preferred.includes(p.key));
  const rest = people.filter((p) => !preferred.includes(p.key));
  const group = (label: string, list: SheetPerson[]) =>
    list.length ? (
      <optgroup label={label}>
        {list.map((p) => (
          <option key={p.key} value={p.key}>
            {personLabel(p)}
          </option>
        ))}
      </optgroup>
    ) : null;
  return (
    <Select
      id={id}
      className={size === "sm" ? undefined : controlHeight}
      value={value}
      size={size}
      aria-label={ariaLabel}
      aria-invalid={invalid ? true : undefined}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{emptyLabel ?? t("choosePerson")}</option>
      {group(t("candidates"), first)}
      {group(
        t("staff"),
        rest.filter((p) => p.kind === "staff"),
      )}
      {group(
        t("collaborators"),
        rest.filter((p) => p.kind === "collaborator"),
      )}
    </Select>
  );
}
