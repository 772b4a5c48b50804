// The plan's pages: signed in, in the newsroom, and allowed to see the plan (plan.view), else
// the start page says why, as the other newsroom pages do.
import "server-only";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { canPlan, type Actor } from "@/lib/policy/policy";

export async function requirePlanActor(from: string): Promise<Actor> {
  const actor = await requireActor("newsroom.enter", from);
  if (!canPlan(actor, "plan.view")) redirect("/toa-soan?loi=quyen");
  return actor;
}

/** "12" → 12; anything else (a word, a huge number) → null, for a 404. */
export const idParam = (id: string): number | null => (/^\d{1,9}$/.test(id) ? Number(id) : null);
