import type { Metadata } from "next";
import { OwnStories } from "@/components/newsroom/own-stories";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("desk.reporter");
  return { title: t("title") };
}

// Every writer's own stories in full (the reporter also sees them on the start page; the desk
// starts at its queue and comes here for its own).
export default async function OwnStoriesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("story.create", "/toa-soan/bai-cua-toi");
  const [params, t] = await Promise.all([searchParams, getNewsroomT("desk.reporter")]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <OwnStories actor={actor} params={params} base="/toa-soan/bai-cua-toi" />
    </>
  );
}
