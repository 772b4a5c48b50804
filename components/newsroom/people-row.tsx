"use client";

import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "use-intl";
import {
  activateUserAction,
  changeRoleAction,
  deactivateUserAction,
  issuePasswordResetAction,
  resetTwoFactorAction,
  setGrantsAction,
  type PersonActionState,
} from "@/lib/users/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { grants as allGrants, type Grant, type Role } from "@/db/schema";
import type { UserListItem } from "@/lib/users/queries";
import { PeoplePasswordLink } from "./people-password-link";

const intents = {
  role: changeRoleAction,
  deactivate: deactivateUserAction,
  activate: activateUserAction,
  reset: issuePasswordResetAction,
  twoFactor: resetTwoFactorAction,
  grants: setGrantsAction,
} as const;

/** The catalogue's word of a grant (`grants.grade` for "royalty.grade"). */
const grantWord = (grant: Grant) => grant.replace(/^royalty\./, "") as "grade" | "approve" | "accounting";
const sameGrants = (a: readonly Grant[], b: readonly Grant[]) => allGrants.every((g) => a.includes(g) === b.includes(g));

/**
 * One person in the admin's list with what may be done to them. The row's forms share one state,
 * so the row shows the outcome of the last thing done to this person and nothing older. The
 * server checks every request again; the controls left out for the admin's own row are a courtesy.
 */
export function PeopleRow({
  person,
  label,
  isSelf,
  roleOptions,
}: {
  person: UserListItem;
  /** Who the row's controls name: the person's name, with the e-mail when the name is not unique. */
  label: string;
  isSelf: boolean;
  roleOptions: readonly { value: Role; label: string }[];
}) {
  const t = useTranslations("admin.people");
  const g = useTranslations("peopleGrants");
  const grantNames = useTranslations("grants");
  const [role, setRole] = useState<Role>(person.role);
  // The grants ticked in the row; they follow a change made elsewhere when the list is re-rendered.
  const [granted, setGranted] = useState<readonly Grant[]>(person.grants);
  const [storedGrants, setStoredGrants] = useState<readonly Grant[]>(person.grants);
  if (!sameGrants(storedGrants, person.grants)) {
    setStoredGrants(person.grants);
    setGranted(person.grants);
  }
  // Follow a role changed elsewhere (another admin, another tab) when the list is re-rendered.
  const [storedRole, setStoredRole] = useState<Role>(person.role);
  if (storedRole !== person.role) {
    setStoredRole(person.role);
    setRole(person.role);
  }
  const [state, dispatch, pending] = useActionState<PersonActionState, FormData>(async (prev, formData) => {
    const intent = formData.get("intent") as keyof typeof intents;
    const result = await intents[intent](prev, formData);
    if (intent === "role" && result.error) setRole(person.role);
    if (intent === "grants" && result.error) setGranted(person.grants);
    return result;
  }, {});
  const roleLabel = roleOptions.find((o) => o.value === person.role)?.label ?? person.role;
  const hasOutcome = Boolean(state.message || state.error || state.link);

  return (
    <>
      {/* Below md the row is a card: each cell a line, the quieter ones named. */}
      <tr className={`max-md:block max-md:py-2 ${person.active ? "" : "bg-stone-100 text-stone-600"}`}>
        <th scope="row" className="px-3 py-2 text-left font-medium max-md:block max-md:py-1 max-md:text-base">
          {person.name}
          {isSelf ? <span className="text-xs font-normal text-muted"> {t("you")}</span> : null}
        </th>
        <td className="px-3 py-2 max-md:block max-md:py-0.5">
          <span className="font-semibold md:hidden">{t("columns.penName")}: </span>
          {person.penName}
        </td>
        <td className="px-3 py-2 break-all max-md:block max-md:py-0.5">{person.email}</td>
        <td className="px-3 py-2 max-md:block max-md:py-1">
          {isSelf ? (
            roleLabel
          ) : (
            <form
              // Submitted by hand: React resets a form after its action, which would put the
              // controlled select back on the old role while the new one is saved.
              onSubmit={(e) => {
                e.preventDefault();
                const data = new FormData(e.currentTarget);
                startTransition(() => dispatch(data));
              }}
              className="flex items-center gap-1"
            >
              <input type="hidden" name="intent" value="role" />
              <input type="hidden" name="id" value={person.id} />
              <Select name="role" aria-label={t("roleOf", { name: label })} value={role} onChange={(e) => setRole(e.target.value as Role)} className="w-auto">
                {roleOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </Select>
              <Button type="submit" size="sm" aria-label={t("saveRoleOf", { name: label })} disabled={pending || role === person.role}>
                {t("save")}
              </Button>
            </form>
          )}
        </td>
        <td className="px-3 py-2 max-md:block max-md:py-0.5">
          {person.active ? t("states.active") : <span className="font-semibold text-red-800">{t("states.locked")}</span>}
          {person.hasPassword ? null : <span className="block text-xs text-muted">{t("noPassword")}</span>}
          {person.hasTwoFactor ? <span className="block text-xs text-muted">{t("twoFactorOn")}</span> : null}
        </td>
        <td className="px-3 py-2 max-md:block max-md:py-1">
          <form
            // Submitted by hand, as the role: the ticks are controlled and must survive the answer.
            onSubmit={(e) => {
              e.preventDefault();
              const data = new FormData(e.currentTarget);
              startTransition(() => dispatch(data));
            }}
          >
            <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 md:flex-col md:items-start">
              {/* On a phone the card names the line, as it does the pen name ("Quyền thêm:"). */}
              <legend className="font-semibold max-md:float-left max-md:mr-1 md:sr-only">
                {g("column")}
                <span aria-hidden="true">:</span>
              </legend>
              <input type="hidden" name="intent" value="grants" />
              <input type="hidden" name="id" value={person.id} />
              {allGrants.map((grant) => {
                const held = granted.includes(grant);
                // A locked account may lose a grant, never gain one (the server says the same).
                const locked = !person.active && !person.grants.includes(grant);
                return (
                  <label key={grant} className={`flex items-center gap-1.5 whitespace-nowrap ${locked ? "text-stone-500" : ""}`}>
                    <input
                      type="checkbox"
                      name="grants"
                      value={grant}
                      checked={held}
                      disabled={locked}
                      aria-label={g("grantFor", { grant: grantNames(grantWord(grant)), name: label })}
                      onChange={(e) => setGranted((now) => (e.target.checked ? [...now, grant] : now.filter((x) => x !== grant)))}
                      className="h-4 w-4 accent-brand"
                    />
                    <span aria-hidden="true">{grantNames(grantWord(grant))}</span>
                  </label>
                );
              })}
              <Button type="submit" size="sm" aria-label={g("saveOf", { name: label })} disabled={pending || sameGrants(granted, person.grants)}>
                {g("save")}
              </Button>
            </fieldset>
            {person.active ? null : <span className="block text-xs text-muted">{g("lockedHint")}</span>}
          </form>
        </td>
        <td className="px-3 py-2 max-md:block max-md:py-1">
          <div className="flex flex-wrap gap-2">
            {isSelf ? null : (
              <form action={dispatch}>
                <input type="hidden" name="intent" value={person.active ? "deactivate" : "activate"} />
                <input type="hidden" name="id" value={person.id} />
                {person.active ? (
                  <Button type="submit" variant="danger-outline" size="sm" aria-label={t("deactivateOf", { name: label })} disabled={pending}>
                    {t("deactivate")}
                  </Button>
                ) : (
                  <Button type="submit" size="sm" aria-label={t("activateOf", { name: label })} disabled={pending}>
                    {t("activate")}
                  </Button>
                )}
              </form>
            )}
            {person.active ? (
              <form action={dispatch}>
                <input type="hidden" name="intent" value="reset" />
                <input type="hidden" name="id" value={person.id} />
                <Button
                  type="submit"
                  size="sm"
                  aria-label={person.hasPassword ? t("resetPasswordOf", { name: label }) : t("newLinkOf", { name: label })}
                  disabled={pending}
                >
                  {person.hasPassword ? t("resetPassword") : t("newLink")}
                </Button>
              </form>
            ) : null}
            {person.hasTwoFactor && !isSelf ? (
              <form action={dispatch}>
                <input type="hidden" name="intent" value="twoFactor" />
                <input type="hidden" name="id" value={person.id} />
                <Button type="submit" size="sm" variant="danger-outline" aria-label={t("resetTwoFactorOf", { name: label })} disabled={pending}>
                  {t("resetTwoFactor")}
                </Button>
              </form>
            ) : null}
          </div>
        </td>
      </tr>
      {hasOutcome ? (
        <tr className="max-md:block">
          <td colSpan={7} className="px-3 pb-3 max-md:block">
            {state.error ? <Notice tone="error">{state.error}</Notice> : null}
            {state.message ? <Notice tone="success">{state.message}</Notice> : null}
            {state.link ? <PeoplePasswordLink link={state.link} /> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
