import { db } from "@/db";
import { Notice } from "@/components/ui/notice";
import { DeskQueue, type QueueData, type QueueFilters } from "@/components/newsroom/desk-queue";
import { StoryTable } from "@/components/newsroom/story-table";
import type { StoryStatus } from "@/db/schema";
import { requireActor } from "@/lib/auth/actor";
import type { Actor } from "@/lib/policy/policy";
import { workerStatus } from "@/lib/publishing/worker";
import { listSectionChoices } from "@/lib/stories/editor-queries";
import { listOwnStories, listWriters, queueFilterSchema, searchQueue } from "@/lib/stories/newsroom-queries";
import { listUsers } from "@/lib/users/queries";
import { roleLabels } from "@/lib/policy/policy";
import { moveDoneMessages } from "@/lib/workflow/transitions";

// Each role starts where its work is: the reporter at their stories, the desk at its queue,
// the chief editor at what waits for publication, the admin at the people of the newsroom.
export default async function NewsroomStartPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const params = await searchParams;
  const { loi, "da-gui": sent, xong } = params;
  const done = xong && xong in moveDoneMessages ? moveDoneMessages[xong as keyof typeof moveDoneMessages] : null;
  return (
    <>
      {sent ? (
        <Notice tone="success" className="mb-4">
          Đã gửi bài cho ban biên tập.
        </Notice>
      ) : null}
      {done ? (
        <Notice tone="success" className="mb-4">
          {done}
        </Notice>
      ) : null}
      {loi === "quyen" ? (
        <Notice tone="error" className="mb-4">
          Bạn không có quyền mở trang đó.
        </Notice>
      ) : null}
      {actor.role === "reporter" ? <ReporterStart actor={actor} /> : null}
      {actor.role === "editor" ? <DeskStart actor={actor} params={params} /> : null}
      {actor.role === "chief_editor" ? <ChiefStart actor={actor} params={params} /> : null}
      {actor.role === "admin" ? <AdminStart actor={actor} /> : null}
    </>
  );
}

async function ReporterStart({ actor }: { actor: Actor }) {
  const rows = await listOwnStories(await db(), actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Bài của tôi</h1>
      <p className="mt-1 text-muted">Bài bạn viết, trạng thái của chúng và ghi chú của ban biên tập.</p>
      <StoryTable caption="Bài viết" rows={rows} columns={["section", "status", "updated", "note"]} />
    </>
  );
}

const deskStatuses: StoryStatus[] = ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"];

type QueueParams = Record<string, string | undefined>;

/** The live queue, starting from the filters in the address (bad values are ignored). */
async function Queue({ actor, params, fallbackStatus }: { actor: Actor; params: QueueParams; fallbackStatus: StoryStatus }) {
  const database = await db();
  const filter = queueFilterSchema.parse({ ...params, status: params.status ?? fallbackStatus });
  const [queue, worker, sections, writers] = await Promise.all([
    searchQueue(database, actor, filter),
    workerStatus(database),
    listSectionChoices(database, actor),
    listWriters(database, actor),
  ]);
  const initialFilters: QueueFilters = {
    status: filter.status,
    section: filter.section ? String(filter.section) : "",
    reporter: filter.reporter ? String(filter.reporter) : "",
    from: params.from && filter.from ? params.from : "",
    to: params.to && filter.to ? params.to : "",
    q: filter.q ?? "",
  };
  return (
    <DeskQueue
      initial={JSON.parse(JSON.stringify({ ...queue, worker })) as QueueData}
      initialFilters={initialFilters}
      statuses={deskStatuses}
      sections={sections}
      writers={writers}
      meId={actor.id}
      showWorker
    />
  );
}

async function DeskStart({ actor, params }: { actor: Actor; params: QueueParams }) {
  const own = await listOwnStories(await db(), actor, 10);
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Hàng đợi biên tập</h1>
      <Queue actor={actor} params={params} fallbackStatus="submitted" />
      <StoryTable caption="Bài của tôi" rows={own} columns={["section", "status", "updated"]} />
    </>
  );
}

async function ChiefStart({ actor, params }: { actor: Actor; params: QueueParams }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Bàn thư ký tòa soạn</h1>
      <Queue actor={actor} params={params} fallbackStatus="approved" />
    </>
  );
}

async function AdminStart({ actor }: { actor: Actor }) {
  const people = await listUsers(await db(), actor);
  return (
    <>
      <h1 className="text-2xl font-bold">Quản trị</h1>
      <p className="mt-1 text-muted">Người dùng, vai trò, chuyên mục và cài đặt của tờ báo.</p>
      <section className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">Người dùng</h2>
        <div className="overflow-x-auto rounded border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">Họ tên</th>
                <th scope="col" className="px-3 py-2">Bút danh</th>
                <th scope="col" className="px-3 py-2">Email</th>
                <th scope="col" className="px-3 py-2">Vai trò</th>
                <th scope="col" className="px-3 py-2">Trạng thái</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {people.map((p) => (
                <tr key={p.id}>
                  <td className="px-3 py-2 font-medium">{p.name}</td>
                  <td className="px-3 py-2">{p.penName}</td>
                  <td className="px-3 py-2">{p.email}</td>
                  <td className="px-3 py-2">{roleLabels[p.role]}</td>
                  <td className="px-3 py-2">{p.active ? "Đang hoạt động" : "Đã khóa"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
