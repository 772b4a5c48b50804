import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PayeeForm } from "@/components/newsroom/payee-form";
import { PayeeSharedWarnings } from "@/components/newsroom/payee-shared-warnings";
import { listCell, listRow, listTable, listTbody, listThead } from "@/components/newsroom/list-classes";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { PayeeKind } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getPayees } from "@/lib/payees/queries";
import { canRoyalty } from "@/lib/policy/policy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("payees");
  return { title: t("title") };
}

const path = "/toa-soan/nhuan-but/nguoi-nhan";

// The kind filter speaks the URL's language (Vietnamese words without diacritics).
const kindParams = { "co-huu": "staff", "cong-tac-vien": "collaborator" } as const satisfies Record<string, PayeeKind>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function PayeesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("newsroom.enter", path);
  if (!canRoyalty(actor, "payees.manage")) redirect("/toa-soan?loi=quyen");
  const [raw, t] = await Promise.all([searchParams, getNewsroomT("payees")]);
  const q = one(raw.q).trim().slice(0, 200);
  const kindParam = one(raw.loai);
  const knownKind = Object.hasOwn(kindParams, kindParam);
  const kind = knownKind ? kindParams[kindParam as keyof typeof kindParams] : undefined;
  const filtered = Boolean(q || kind);
  const people = await getPayees(actor, { q, kind });
  const showDetails = canRoyalty(actor, "payees.details");
  const columns = ["name", "penNames", "phone", "kind", "state", ...(showDetails ? (["details"] as const) : []), "actions"] as const;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
      </div>

      <section aria-labelledby="them-cong-tac-vien" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="them-cong-tac-vien" className="mb-3 text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <PayeeForm />
      </section>

      <section aria-labelledby="danh-sach-nguoi-nhan" className="space-y-3">
        <h2 id="danh-sach-nguoi-nhan" className="text-lg font-semibold">
          {t("listHeading")} <span className="text-sm font-normal text-muted">{t("listCount", { count: people.length })}</span>
        </h2>
        <search aria-label={t("searchLabel")}>
          <form method="get" action={path} className="flex flex-wrap items-end gap-3">
            <Field id="loc-nguoi-nhan" label={t("search")}>
              <Input
                name="q"
                type="search"
                defaultValue={q}
                placeholder={t("searchPlaceholder")}
                aria-describedby="loc-nguoi-nhan-goi-y"
                className="w-72 max-w-full"
              />
            </Field>
            <Field id="loc-loai" label={t("columns.kind")}>
              <Select name="loai" defaultValue={knownKind ? kindParam : ""}>
                <option value="">{t("allKinds")}</option>
                {Object.entries(kindParams).map(([param, value]) => (
                  <option key={param} value={param}>
                    {t(`kinds.${value}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit">{t("filter")}</Button>
            {filtered ? (
              <Link href={path} className="px-1 py-1 text-sm underline">
                {t("showAll")}
              </Link>
            ) : null}
          </form>
          <p id="loc-nguoi-nhan-goi-y" className="mt-1 text-xs text-muted">
            {t("searchHint")}
          </p>
        </search>

        {people.length === 0 ? (
          <p className="text-sm text-muted">{filtered ? t("noMatch") : t("none")}</p>
        ) : (
          // Below md each payee is a card (list-classes.ts), so nothing scrolls sideways.
          <div className="rounded border border-stone-300 bg-white">
            <table className={listTable}>
              <caption className="sr-only">{t("caption")}</caption>
              <thead className={listThead}>
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={listTbody}>
                {people.map((p) => (
                  <tr key={p.key} className={`${listRow} ${p.active ? "" : "bg-stone-100 text-stone-600"}`}>
                    <th scope="row" className="w-full text-left align-top font-medium md:w-auto md:px-3 md:py-2">
                      {p.name}
                      {p.account ? (
                        <span className="block text-xs font-normal text-muted">
                          {p.account.active ? t("account") : t("accountLocked")} · <span className="break-all">{p.account.email}</span>
                        </span>
                      ) : null}
                    </th>
                    <td className={listCell} data-label={t("columns.penNames")}>
                      {p.penNames.length ? p.penNames.join(", ") : "—"}
                      <PayeeSharedWarnings shared={p.shared} />
                    </td>
                    <td className={`${listCell} whitespace-nowrap`} data-label={t("columns.phone")}>
                      {p.phone || "—"}
                    </td>
                    <td className={listCell} data-label={t("columns.kind")}>
                      {t(`kinds.${p.kind}`)}
                    </td>
                    <td className={listCell} data-label={t("columns.state")}>
                      {p.active ? t("states.active") : <span className="font-semibold">{t("states.inactive")}</span>}
                    </td>
                    {showDetails ? (
                      <td className={listCell} data-label={t("columns.details")}>
                        {p.hasDetails ? t("detailsOn") : <span className="text-amber-800">{t("detailsOff")}</span>}
                      </td>
                    ) : null}
                    <td className="w-full align-top md:w-auto md:px-3 md:py-2">
                      <Link href={`${path}/${p.key}`} aria-label={t("editOf", { name: p.name })} className="text-sm underline">
                        {t("edit")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
