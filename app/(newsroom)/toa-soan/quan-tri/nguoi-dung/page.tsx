import type { Metadata } from "next";
import Link from "next/link";
import { PeopleCreateForm } from "@/components/newsroom/people-create-form";
import { PeopleRow } from "@/components/newsroom/people-row";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { roles } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { getUsers, isRole, type UserState } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("admin.people");
  return { title: t("title") };
}

const path = "/toa-soan/quan-tri/nguoi-dung";

// The state filter speaks the URL's language (Vietnamese words without diacritics).
const stateParams = { "hoat-dong": "active", "da-khoa": "locked" } as const satisfies Record<string, UserState>;

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : "");

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("users.manage", path);
  const [raw, t, roleNames, grantWords] = await Promise.all([searchParams, getNewsroomT("admin.people"), getNewsroomT("roles"), getNewsroomT("peopleGrants")]);
  const q = one(raw.q).trim().slice(0, 200);
  const roleParam = one(raw["vai-tro"]);
  const role = isRole(roleParam) ? roleParam : undefined;
  const stateParam = one(raw["trang-thai"]);
  const knownState = Object.hasOwn(stateParams, stateParam);
  const state = knownState ? stateParams[stateParam as keyof typeof stateParams] : undefined;
  const filtered = Boolean(q || role || state);
  const people = await getUsers(actor, { q, role, state });
  const roleOptions = roles.map((value) => ({ value, label: roleNames(value) }));
  // Two people may share a name (common in any newsroom); their controls then also say the e-mail,
  // so "Khóa tài khoản …" always names exactly one person.
  const nameCounts = new Map<string, number>();
  for (const person of people) nameCounts.set(person.name, (nameCounts.get(person.name) ?? 0) + 1);
  const labelOf = (person: (typeof people)[number]) => ((nameCounts.get(person.name) ?? 0) > 1 ? `${person.name} (${person.email})` : person.name);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("heading")}</h1>
        <p className="mt-1 text-muted">{t("intro")}</p>
        <p className="mt-1 text-sm text-muted">
          {grantWords("intro")}{" "}
          <Link href="/toa-soan/nhuan-but/nguoi-nhan" className="underline">
            {grantWords("payeesLink")}
          </Link>
        </p>
      </div>

      <section aria-labelledby="them-nguoi-dung" className="rounded border border-stone-300 bg-white p-4">
        <h2 id="them-nguoi-dung" className="mb-3 text-lg font-semibold">
          {t("addHeading")}
        </h2>
        <PeopleCreateForm roleOptions={roleOptions} />
      </section>

      <section aria-labelledby="danh-sach-nguoi-dung" className="space-y-3">
        <h2 id="danh-sach-nguoi-dung" className="text-lg font-semibold">
          {t("listHeading")} <span className="text-sm font-normal text-muted">{t("listCount", { count: people.length })}</span>
        </h2>
        <search aria-label={t("searchLabel")}>
          <form method="get" action={path} className="flex flex-wrap items-end gap-3">
            <Field id="loc-q" label={t("search")}>
              {/* The hint is the line under the whole bar. */}
              <Input name="q" type="search" defaultValue={q} placeholder={t("searchPlaceholder")} aria-describedby="loc-q-goi-y" className="w-72 max-w-full" />
            </Field>
            <Field id="loc-vai-tro" label={t("columns.role")}>
              <Select name="vai-tro" defaultValue={role ?? ""}>
                <option value="">{t("allRoles")}</option>
                {roleOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id="loc-trang-thai" label={t("columns.state")}>
              <Select name="trang-thai" defaultValue={knownState ? stateParam : ""}>
                <option value="">{t("allStates")}</option>
                {Object.entries(stateParams).map(([param, value]) => (
                  <option key={param} value={param}>
                    {t(`states.${value}`)}
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
          <p id="loc-q-goi-y" className="mt-1 text-xs text-muted">
            {t("searchHint")}
          </p>
        </search>

        {people.length === 0 ? (
          <p className="text-sm text-muted">{filtered ? t("noMatch") : t("none")}</p>
        ) : (
          // Below md each person is a card (people-row.tsx names its lines), so nothing scrolls sideways.
          <div className="rounded border border-stone-300 bg-white md:overflow-x-auto">
            <table className="w-full text-left text-sm max-md:block">
              <caption className="sr-only">{t("caption")}</caption>
              <thead className="bg-stone-100 max-md:sr-only">
                <tr>
                  {(["name", "penName", "email", "role", "state"] as const).map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {t(`columns.${column}`)}
                    </th>
                  ))}
                  <th scope="col" className="px-3 py-2">
                    {grantWords("column")}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t("columns.actions")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-200 max-md:block">
                {people.map((person) => (
                  <PeopleRow key={person.id} person={person} label={labelOf(person)} isSelf={person.id === actor.id} roleOptions={roleOptions} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
