import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can, type Actor, type SiteAction } from "@/lib/policy/policy";
import { auth } from "./config";

/** Where someone who must set up two-factor sign-in is sent. */
export const enrolmentPath = "/xac-thuc-hai-buoc";

/** The signed-in person for this request, or null. Memoised per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.role) return null;
  return {
    id: Number(user.id),
    role: user.role,
    grants: user.grants ?? [],
    desks: user.desks,
    name: user.name ?? "",
    penName: user.penName ?? "",
    locale: user.locale,
    sessionId: user.sessionId || undefined,
    mustEnrol: user.mustEnrol || undefined,
  };
});

/** For newsroom pages: sends a signed-out visitor to log in, and refuses a role without the right. */
export async function requireActor(action: SiteAction = "newsroom.enter", from = "/toa-soan"): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/dang-nhap?callbackUrl=${encodeURIComponent(from)}`);
  // Cài đặt requires a second factor of this person: nothing else until it is set up.
  if (actor.mustEnrol) redirect(enrolmentPath);
  if (!can(actor, action)) redirect("/toa-soan?loi=quyen");
  return actor;
}
