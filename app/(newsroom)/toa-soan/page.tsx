import Link from "next/link";
import type { Metadata } from "next";
import { Notice } from "@/components/ui/notice";
import { OwnStories } from "@/components/newsroom/own-stories";
import { MyAssignments } from "@/components/newsroom/assignment-mine";
import { DeskQueue, type QueueData, type QueueFilters } from "@/components/newsroom/desk-queue";
import { StoryTable } from "@/components/newsroom/story-table";
import type { StoryStatus } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import { getNewsroomT } from "@/lib/i18n/server";
import type { Actor } from "@/lib/policy/policy";
import { deskScopeOf, getDeskQueue, getOwnStories, queueFilterSchema } from "@/lib/stories/newsroom-queries";
import { getUsers } from "@/lib/users/queries";
import { moveDoneMessages } from "@/lib/workflow/transitions";

/** The tab says which start page this is: "Bàn thư ký tòa soạn — Tòa soạn". */
export async function generateMetadata(): Promise<Metadata> {
  const actor = await requireActor();
  const [desk, common] = await Promise.all([getNewsroomT("desk"), getNewsroomT("common")]);
  const heading = { reporter: "reporter.heading", editor: "editor.heading", chief_editor: "chief.heading", admin: "admin.heading" } as const;
  return { title: `${desk(heading[actor.role])} — ${common("newsroom")}` };
}

// Each role starts where its work is: the reporter at their stories, the desk at its queue,
// the chief editor at what waits for publication, the admin at the people of the newsroom.
export default async function NewsroomStartPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const t = await getNewsroomT("desk");
  const { loi, "da-gui": sent, xong } = params;
  const done = xong && xong in moveDoneMessages ? moveDoneMessages[xong as keyof typeof moveDoneMessages] : null;
  return (
    <>
      {sent ? (
        <Notice tone="success" className="mb-4">
          {t("sent")}
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" className="mb-4">
          {done}
        </Notice>
      ) : null}
      {loi === "quyen" ? (
        <Notice tone="error" className="mb-4">
          {t("noPermission")}
        </Notice>
      ) : null}
      {actor.role === "reporter" ? <ReporterStart actor={actor} params={params} /> : null}
      {actor.role === "editor" ? <DeskStart actor={actor} params={params} /> : null}
      {actor.role === "chief_editor" ? <ChiefStart actor={actor} params={params} /> : null}
      {actor.role === "admin" ? <AdminStart actor={actor} /> : null}
    </>
  );
}

async function ReporterStart({ actor, params }: { actor: Actor; params: Record<string, string | undefined> }) {
  const t = await getNewsroomT("desk.reporter");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <MyAssignments actor={actor} />
      <OwnStories actor={actor} params={params} base="/toa-soan" />
    </>
  );
}

const deskStatuses: StoryStatus[] = ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"];

type QueueParams = Record<string, string | undefined>;

/** The live queue, starting from the filters in the address (bad values are ignored). */
async function Queue({ actor, params, fallbackStatus }: { actor: Actor; params: QueueParams; fallbackStatus: StoryStatus }) {
  const filter = queueFilterSchema.parse({ ...params, status: params.status ?? fallbackStatus });
  const { queue, worker, sections, writers, desks } = await getDeskQueue(actor, filter);
  const onDesks = deskScopeOf(actor, undefined) === "mine";
  const initialFilters: QueueFilters = {
    status: filter.status,
    section: filter.section ? String(filter.section) : "",
    reporter: filter.reporter ? String(filter.reporter) : "",
    // The filter's empty value is the person's default (their desks, or everything).
    desk: filter.desk === undefined || filter.desk === (onDesks ? "mine" : "all") ? "" : filter.desk,
    from: params.from && filter.from ? params.from : "",
    to: params.to && filter.to ? params.to : "",
    q: filter.q ?? "",
    page: filter.page > 1 ? String(filter.page) : "",
  };
  return (
    <DeskQueue
      key={JSON.stringify(initialFilters)}
      initial={JSON.parse(JSON.stringify({ ...queue, worker })) as QueueData}
      initialFilters={initialFilters}
      statuses={deskStatuses}
      sections={sections}
      writers={writers}
      desks={desks}
      onDesks={onDesks}
      meId={actor.id}
      showWorker
    />
  );
}

async function DeskStart({ actor, params }: { actor: Actor; params: QueueParams }) {
  const [own, t, reporter] = await Promise.all([getOwnStories(actor, {}, 10), getNewsroomT("desk.editor"), getNewsroomT("desk.reporter")]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <MyAssignments actor={actor} quiet />
      <Queue actor={actor} params={params} fallbackStatus="submitted" />
      <StoryTable
        caption={t("own")}
        list={own}
        columns={["section", "status", "updated"]}
        footer={
          <p className="mt-2 text-sm">
            <Link href="/toa-soan/bai-cua-toi" className="underline">
              {reporter("seeAll")}
            </Link>
          </p>
        }
      />
    </>
  );
}

async function ChiefStart({ actor, params }: { actor: Actor; params: QueueParams }) {
  const t = await getNewsroomT("desk.chief");
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <Queue actor={actor} params={params} fallbackStatus="approved" />
    </>
  );
}

async function AdminStart({ actor }: { actor: Actor }) {
  const [people, t, roles] = await Promise.all([getUsers(actor), getNewsroomT("desk.admin"), getNewsroomT("roles")]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-1 text-muted">{t("intro")}</p>
      <section className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">{t("people")}</h2>
        <div className="overflow-x-auto rounded border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("penName")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("email")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("role")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("state")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {people.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2 font-medium">{p.name}</td>
                  <td className="px-3 py-2">{p.penName}</td>
                  <td className="px-3 py-2">{p.email}</td>
                  <td className="px-3 py-2">{roles(p.role)}</td>
                  <td className="px-3 py-2">{p.active ? t("active") : t("locked")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
