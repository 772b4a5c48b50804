// The demo's Kế hoạch: topics in each state (waiting, sent back for changes, approved, rejected)
// and work given from them or directly, so the board has a morning to show: one assignment done
// on time (its story published), one being written (its draft open), one overdue, one waiting to
// be accepted. Only the demo accounts take part, with their roles as they are; each topic's desk
// is its section's, when the desks' demo has given the section one. Rows are written directly
// (a deadline already past cannot be set through the commands), with their Nhật ký entries, and
// the open work's deadline events, which the publication worker then tells as it would.
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { recordAudit, type AuditAction } from "@/lib/audit/record";
import { recordDeadlineEvents } from "@/lib/plan/deadlines";
import { deskOfSection } from "@/lib/desks/queries";
import { derivedColumns } from "@/lib/stories/derived";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { slugify } from "@/lib/text/slug";
import type { GradableStory } from "./demo-royalties";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Ids = { users: Map<string, number>; sections: Map<string, number>; stories: readonly GradableStory[]; now: Date };

/** The paper's calendar day (yyyy-mm-dd, Vietnam) a number of days from now. */
const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * DAY + 7 * HOUR).toISOString().slice(0, 10);

export async function seedDemoPlan(tx: Database, { users, sections, stories, now }: Ids): Promise<{ proposals: number; assignments: number }> {
  const person = (key: string) => users.get(key)!;
  const reporter = person("phongvien");
  const editor = person("bientap");
  const chief = person("thuky");
  const section = (slug: string) => sections.get(slug) ?? null;
  const at = (ms: number) => new Date(now.getTime() + ms);
  const audit = (actorId: number, action: AuditAction, entityType: "proposal" | "assignment", id: number, when: Date, data: Record<string, unknown>) =>
    recordAudit(tx, { actorId, action, entityType, entityId: id, data, at: when });

  async function proposal(values: Omit<typeof t.proposals.$inferInsert, "proposedById" | "deskId"> & { proposedById?: number }) {
    const sectionId = values.sectionId ?? null;
    const [row] = await tx
      .insert(t.proposals)
      .values({ proposedById: reporter, ...values, deskId: await deskOfSection(tx, sectionId) })
      .returning();
    await audit(row!.proposedById, "plan.proposal.create", "proposal", row!.id, row!.createdAt, { title: row!.title });
    if (row!.decidedById && row!.decidedAt) {
      const action = { approved: "plan.proposal.approve", rejected: "plan.proposal.reject", changes_requested: "plan.proposal.request_changes" } as const;
      const decided = action[row!.status as keyof typeof action];
      if (decided)
        await audit(row!.decidedById, decided, "proposal", row!.id, row!.decidedAt, {
          title: row!.title,
          ...(row!.decisionNote ? { note: row!.decisionNote } : {}),
        });
    }
    return row!;
  }

  async function assignment(values: Omit<typeof t.assignments.$inferInsert, "deskId">, steps: { action: AuditAction; by: number; at: Date }[] = []) {
    const [row] = await tx
      .insert(t.assignments)
      .values({ ...values, deskId: await deskOfSection(tx, values.sectionId ?? null) })
      .returning();
    await audit(row!.assignedById, "plan.assignment.create", "assignment", row!.id, row!.createdAt, {
      title: row!.title,
      personId: row!.assigneeId,
      deadline: row!.deadline.toISOString(),
      task: row!.task,
    });
    for (const step of steps) await audit(step.by, step.action, "assignment", row!.id, step.at, { title: row!.title });
    await recordDeadlineEvents(tx, row!);
    return row!;
  }

  // Waiting for the desk: a market at the border before Tết, with a photographer and a car.
  await proposal({
    title: "Chợ phiên Kỳ Lừa những ngày giáp Tết",
    angle: "Tiểu thương người Tày, Nùng mang gì xuống chợ; giá cả so với năm trước.",
    sources: "Ban quản lý chợ Kỳ Lừa; bà Hoàng Thị Mến, tiểu thương 30 năm.",
    sectionId: section("kinh-te"),
    kind: "text",
    plannedFor: dayFrom(now, 3),
    needs: ["photographer", "car"],
    needsNote: "Đi sáng sớm, chợ đông nhất từ 6 giờ.",
    createdAt: at(-3 * HOUR),
    updatedAt: at(-3 * HOUR),
  });
  // Sent back for changes.
  await proposal({
    title: "Nông dân Tràng Định chuyển sang trồng hồi",
    angle: "Hiệu quả sau ba vụ.",
    sectionId: section("kinh-te"),
    kind: "text",
    plannedFor: dayFrom(now, 5),
    status: "changes_requested",
    decisionNote: "Cần thêm số liệu của huyện về diện tích và giá hồi khô.",
    decidedById: chief,
    decidedAt: at(-20 * HOUR),
    createdAt: at(-DAY),
    updatedAt: at(-20 * HOUR),
    version: 2,
  });
  // Rejected, with the reason.
  await proposal({
    title: "Phỏng vấn ca sĩ về biểu diễn ở phố đi bộ",
    sectionId: section("van-hoa-xa-hoi"),
    kind: "video",
    status: "rejected",
    decisionNote: "Trùng đề tài đã đăng tuần trước.",
    decidedById: chief,
    decidedAt: at(-2 * DAY),
    createdAt: at(-2 * DAY - 4 * HOUR),
    updatedAt: at(-2 * DAY),
    version: 2,
  });

  // Approved, and being written: the reporter started, so its draft is open.
  const festival = await proposal({
    title: "Lễ hội Lồng tồng Bắc Sơn chuẩn bị mùa mới",
    angle: "Các thôn chuẩn bị trò chơi dân gian và mâm cúng.",
    sectionId: section("du-lich"),
    kind: "text",
    plannedFor: dayFrom(now, 1),
    needs: ["photographer"],
    status: "approved",
    decidedById: chief,
    decidedAt: at(-26 * HOUR),
    createdAt: at(-30 * HOUR),
    updatedAt: at(-26 * HOUR),
    version: 2,
  });
  const fields = { ...emptyStoryFields("PHƯƠNG DUNG"), title: festival.title, sectionId: festival.sectionId };
  const { tags: _tags, ...columns } = fields;
  const [draft] = await tx
    .insert(t.stories)
    .values({
      ...columns,
      ...derivedColumns(fields),
      slug: slugify(fields.title),
      createdById: reporter,
      updatedById: reporter,
      textUpdatedById: reporter,
      createdAt: at(-20 * HOUR),
      updatedAt: at(-20 * HOUR),
    })
    .returning({ id: t.stories.id });
  await tx.insert(t.storyAuthors).values({ storyId: draft!.id, userId: reporter });
  await assignment(
    {
      proposalId: festival.id,
      sectionId: festival.sectionId,
      title: festival.title,
      brief: "Bài 1.000 chữ, có ý kiến người cao tuổi trong thôn.",
      task: "write",
      assigneeId: reporter,
      assignedById: chief,
      deadline: at(5 * HOUR),
      priority: "high",
      status: "in_progress",
      storyId: draft!.id,
      acceptedAt: at(-25 * HOUR),
      startedAt: at(-20 * HOUR),
      createdAt: at(-26 * HOUR),
      updatedAt: at(-20 * HOUR),
      version: 3,
    },
    [
      { action: "plan.assignment.accept", by: reporter, at: at(-25 * HOUR) },
      { action: "plan.assignment.start", by: reporter, at: at(-20 * HOUR) },
    ],
  );

  // Done on time: a published story of the demo was born from it.
  const published = stories.find((s) => s.key === "bao-lam-to-tu-quan-duong-bien-cot-moc") ?? stories.find((s) => s.authorId === reporter);
  let count = 1;
  if (published) {
    const [story] = await tx.select({ title: t.stories.title, sectionId: t.stories.sectionId }).from(t.stories).where(eq(t.stories.id, published.id));
    const border = await proposal({
      title: "Tổ tự quản đường biên, cột mốc",
      angle: "Một ngày tuần tra cùng tổ tự quản.",
      sectionId: story!.sectionId,
      kind: "text",
      status: "approved",
      decidedById: chief,
      decidedAt: new Date(published.publishedAt.getTime() - 2 * DAY),
      createdAt: new Date(published.publishedAt.getTime() - 2 * DAY - 3 * HOUR),
      updatedAt: new Date(published.publishedAt.getTime() - 2 * DAY),
      version: 2,
    });
    const done = new Date(published.publishedAt.getTime() - 6 * HOUR);
    await assignment(
      {
        proposalId: border.id,
        sectionId: story!.sectionId,
        title: story!.title,
        task: "write",
        assigneeId: reporter,
        assignedById: chief,
        deadline: new Date(published.publishedAt.getTime() - 3 * HOUR),
        status: "done",
        storyId: published.id,
        acceptedAt: new Date(published.publishedAt.getTime() - 2 * DAY + HOUR),
        startedAt: new Date(published.publishedAt.getTime() - 2 * DAY + 2 * HOUR),
        doneAt: done,
        createdAt: new Date(published.publishedAt.getTime() - 2 * DAY),
        updatedAt: done,
        version: 4,
      },
      [
        { action: "plan.assignment.accept", by: reporter, at: new Date(published.publishedAt.getTime() - 2 * DAY + HOUR) },
        { action: "plan.assignment.start", by: reporter, at: new Date(published.publishedAt.getTime() - 2 * DAY + 2 * HOUR) },
        { action: "plan.assignment.done", by: reporter, at: done },
      ],
    );
    count++;
  }

  // Overdue: accepted, its deadline passed three hours ago.
  await assignment(
    {
      sectionId: section("thoi-su"),
      title: "Hội nghị tổng kết công tác năm của tỉnh",
      brief: "Tin 400 chữ và ảnh toàn cảnh.",
      task: "write",
      assigneeId: reporter,
      assignedById: editor,
      deadline: at(-3 * HOUR),
      priority: "urgent",
      status: "accepted",
      acceptedAt: at(-9 * HOUR),
      createdAt: at(-10 * HOUR),
      updatedAt: at(-9 * HOUR),
      version: 2,
    },
    [{ action: "plan.assignment.accept", by: reporter, at: at(-9 * HOUR) }],
  );
  // Waiting to be accepted, due tomorrow.
  await assignment({
    sectionId: section("kinh-te"),
    title: "Giá rau xanh tăng sau đợt rét",
    task: "write",
    assigneeId: reporter,
    assignedById: editor,
    deadline: at(DAY),
    createdAt: at(-HOUR),
    updatedAt: at(-HOUR),
  });
  return { proposals: published ? 5 : 4, assignments: count + 2 };
}
