import type { Metadata } from "next";
import { listHref } from "@/components/newsroom/own-stories";
import { NewsroomSearchBox } from "@/components/newsroom/newsroom-search-box";
import { StoryTable } from "@/components/newsroom/story-table";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import { can } from "@/lib/policy/policy";
import { getNewsroomSearch, newsroomSearchSchema } from "@/lib/stories/newsroom-search";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getNewsroomT("newsroomSearch");
  return { title: t("title") };
}

// Any story by title, byline, writer, number or address, within what the person may see.
export default async function NewsroomSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("story.create", "/toa-soan/tim-kiem");
  const [params, t] = await Promise.all([searchParams, getNewsroomT("newsroomSearch")]);
  const search = newsroomSearchSchema.parse(params);
  const asked = Boolean(search.q?.trim());
  const list = asked ? await getNewsroomSearch(actor, search) : null;
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <p className="mt-1 text-sm text-muted">{can(actor, "queue.view") ? t("scopeDesk") : t("scopeOwn")}</p>
      <NewsroomSearchBox defaultValue={search.q ?? ""} className="mt-4 max-w-2xl" />
      {list ? (
        list.total === 0 ? (
          <p className="mt-6" role="status">
            {t("none")}
          </p>
        ) : (
          <StoryTable
            caption={t("results")}
            list={list}
            columns={["section", "status", "reporter", "updated", "views"]}
            pageHref={(page) => listHref("/toa-soan/tim-kiem", params, ["q"], page)}
          />
        )
      ) : null}
    </>
  );
}
