// The plan's pages: signed in, in the newsroom, and allowed to see the plan (plan.view), else
// the start page says why, as the other newsroom pages do.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canPlan, type Actor } from "@/lib/policy/policy";

export async function requirePlanActor(from: string): Promise<Actor> {
  const actor = await requireActor("newsroom.enter", from);
  if (!canPlan(actor, "plan.view")) redirect("/toa-soan?loi=quyen");
  return actor;
}

/** "12" → 12; anything else (a word, a huge number) → null, for a 404. */
export const idParam = (id: string): number | null => (/^\d{1,9}$/.test(id) ? Number(id) : null);

/**
 * A proposal's or an assignment's page: the person (plan.view) and the item, or a clean 404 for a
 * word, a number out of range or an item that does not exist. Pages wrap it in React `cache` so
 * the metadata and the page read once.
 */
export async function openPlanItem<T>(
  id: string,
  pathOf: (id: number) => string,
  read: (actor: Actor, id: number) => Promise<T | null>,
): Promise<{ actor: Actor; item: T }> {
  const number = idParam(id);
  const actor = await requirePlanActor(pathOf(number ?? 0));
  const item = number === null ? null : await read(actor, number);
  if (!item) notFound();
  return { actor, item };
}
