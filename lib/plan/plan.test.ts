// Kế hoạch on a real database, through the real commands: proposals decided by the desk's head,
// work assigned from them and directly, answered, started (the draft born through the story path),
// completed by the story's submission or by delivering photos, reassigned, cancelled and moved;
// the policy's refusals, the stale versions, who is told what, what Nhật ký keeps, and the
// deadline's events told exactly once by the publication worker.
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makeDesk, makePerson, makeSection, makeStory } from "@/db/factories";
import {
  assignments,
  auditLog,
  notifications,
  proposals,
  publicationEvents,
  siteSettings,
  stories,
  storyAuthors,
  storySources,
  type TopicKind,
} from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { deskReachOf } from "@/lib/desks/reach";
import type { Actor } from "@/lib/policy/policy";
import { runDueEvents } from "@/lib/publishing/worker";
import { bodyFromBlocks } from "@/lib/stories/body";
import { saveStory } from "@/lib/stories/commands";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { submitStory } from "@/lib/workflow/commands";
import * as a from "./assignments";
import { assignmentPath, proposalPath } from "./links";
import * as p from "./proposals";
import { listMyAssignments, readAssignment, readProposal, storyOrigin } from "./queries";
import { updatePlanSettings } from "./settings";

let handle: DatabaseHandle;
const db = () => handle.db;
const people: Record<"chief" | "head" | "reporter" | "photographer" | "outsider" | "admin" | "inactive", Actor> = {} as never;
let sectionId: number;
let subsectionId: number;
let deskId: number;
let sportsDeskId: number;

type Result<T> = { ok: true; data: T } | { ok: false; error: string; code: string };
function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}
const refused = (result: Result<unknown>): { code?: string; error?: string; ok?: true } =>
  result.ok ? { ok: true } : { code: result.code, error: result.error };

const inHours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
const proposalRow = async (id: number) => (await db().select().from(proposals).where(eq(proposals.id, id)))[0]!;
const assignmentRow = async (id: number) => (await db().select().from(assignments).where(eq(assignments.id, id)))[0]!;
const toldAbout = (link: string) =>
  db()
    .select({ userId: notifications.userId, kind: notifications.kind, message: notifications.message })
    .from(notifications)
    .where(eq(notifications.link, link));
const audited = (entityType: string, id: number) =>
  db()
    .select({ action: auditLog.action, actorId: auditLog.actorId, data: auditLog.data })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(id))));

beforeAll(async () => {
  handle = await openTestDatabase();
  const section = await makeSection(db(), { name: "Kinh tế" });
  const sub = await makeSection(db(), { name: "Nông nghiệp", parentId: section.id });
  const otherSection = await makeSection(db(), { name: "Thể thao" });
  sectionId = section.id;
  subsectionId = sub.id;
  people.chief = await makePerson(db(), "chief_editor", { name: "Phạm Quốc Bảo" });
  people.head = await makePerson(db(), "editor", { name: "Trần Văn Hùng" });
  people.reporter = await makePerson(db(), "reporter", { name: "Nguyễn Thu Hà" });
  people.photographer = await makePerson(db(), "reporter", { name: "Lê Văn Toàn" });
  people.outsider = await makePerson(db(), "editor", { name: "Bùi Thị Thảo" });
  people.admin = await makePerson(db(), "admin");
  people.inactive = await makePerson(db(), "reporter", { active: false });
  const desk = await makeDesk(db(), {
    name: "Ban Kinh tế",
    sectionIds: [section.id],
    members: [{ userId: people.head.id, head: true }, { userId: people.reporter.id }, { userId: people.photographer.id }],
  });
  deskId = desk.id;
  const sportsDesk = await makeDesk(db(), { name: "Ban Thể thao", sectionIds: [otherSection.id], members: [{ userId: people.outsider.id, head: true }] });
  sportsDeskId = sportsDesk.id;
  for (const person of Object.values(people)) person.desks = await deskReachOf(db(), person.id);
});

afterAll(async () => {
  await handle?.close();
});

describe("proposals", () => {
  it("proposes a topic on the section's desk (a subsection follows its parent), tells the desk's heads, keeps it in Nhật ký", async () => {
    const saved = ok(
      await p.propose(db(), people.reporter, {
        title: "  Giá lúa vụ mùa  ",
        angle: "Vì sao giá xuống",
        sources: "Hợp tác xã Hợp Thành",
        sectionId: subsectionId,
        kind: "text",
        plannedFor: "2026-12-10",
        needs: ["photographer", "car"],
        needsNote: "Đi sáng thứ Ba",
      }),
    );
    const row = await proposalRow(saved.id);
    expect(row).toMatchObject({
      title: "Giá lúa vụ mùa",
      deskId,
      sectionId: subsectionId,
      status: "pending",
      plannedFor: "2026-12-10",
      proposedById: people.reporter.id,
      version: 1,
    });
    expect(row.needs).toEqual(["photographer", "car"]);
    expect(await toldAbout(proposalPath(saved.id))).toEqual([
      { userId: people.head.id, kind: "proposal", message: "Nguyễn Thu Hà đề xuất đề tài “Giá lúa vụ mùa”." },
    ]);
    expect(await audited("proposal", saved.id)).toEqual([{ action: "plan.proposal.create", actorId: people.reporter.id, data: { title: "Giá lúa vụ mùa" } }]);
  });

  it("refuses a proposal without a title, a planned day that is no day, and anyone outside the newsroom", async () => {
    expect(refused(await p.propose(db(), people.reporter, { title: "  ", sectionId }))).toMatchObject({ code: "invalid" });
    expect(refused(await p.propose(db(), people.reporter, { title: "  " })).error).toContain("tên đề tài");
    expect(refused(await p.propose(db(), people.reporter, { title: "Đề tài", plannedFor: "2026-02-30" }))).toMatchObject({ code: "invalid" });
    expect(refused(await p.propose(db(), people.admin, { title: "Đề tài" }))).toMatchObject({ code: "forbidden" });
  });

  it("asks for changes with a note (required), the proposer edits and so resubmits, then the head approves", async () => {
    const { id } = ok(await p.propose(db(), people.reporter, { title: "Chợ phiên Đồng Đăng", sectionId }));
    expect(refused(await p.requestProposalChanges(db(), people.head, { id, version: 1, note: " " }))).toMatchObject({ code: "invalid" });
    ok(await p.requestProposalChanges(db(), people.head, { id, version: 1, note: "Thêm góc người bán" }));
    expect(await proposalRow(id)).toMatchObject({ status: "changes_requested", decisionNote: "Thêm góc người bán", decidedById: people.head.id, version: 2 });
    expect(await toldAbout(proposalPath(id))).toContainEqual({
      userId: people.reporter.id,
      kind: "proposal",
      message: "Trần Văn Hùng yêu cầu sửa đề xuất “Chợ phiên Đồng Đăng”. Ghi chú: Thêm góc người bán",
    });

    // Someone else may not edit it; a stale version is a conflict.
    expect(refused(await p.editProposal(db(), people.photographer, { id, version: 2, title: "Khác", sectionId }))).toMatchObject({ code: "forbidden" });
    expect(refused(await p.editProposal(db(), people.reporter, { id, version: 1, title: "Khác", sectionId }))).toMatchObject({ code: "conflict" });
    ok(await p.editProposal(db(), people.reporter, { id, version: 2, title: "Chợ phiên Đồng Đăng: người bán", sectionId }));
    expect(await proposalRow(id)).toMatchObject({ status: "pending", version: 3, title: "Chợ phiên Đồng Đăng: người bán" });

    ok(await p.approveProposal(db(), people.head, { id, version: 3 }));
    expect(await proposalRow(id)).toMatchObject({ status: "approved", version: 4 });
    expect((await audited("proposal", id)).map((r) => r.action)).toEqual([
      "plan.proposal.create",
      "plan.proposal.request_changes",
      "plan.proposal.edit",
      "plan.proposal.approve",
    ]);
    expect((await audited("proposal", id))[2]!.data).toMatchObject({ resubmitted: true });
  });

  it("lets only the desk's head, the chief editor and editors on no desk decide; a reason is required to reject", async () => {
    const { id } = ok(await p.propose(db(), people.reporter, { title: "Đề tài bị từ chối", sectionId }));
    expect(refused(await p.rejectProposal(db(), people.outsider, { id, version: 1, note: "Không" }))).toMatchObject({ code: "forbidden" });
    expect(refused(await p.approveProposal(db(), people.photographer, { id, version: 1 }))).toMatchObject({ code: "forbidden" });
    expect(refused(await p.rejectProposal(db(), people.chief, { id, version: 1, note: "" }))).toMatchObject({ code: "invalid" });
    ok(await p.rejectProposal(db(), people.chief, { id, version: 1, note: "Trùng đề tài tuần trước" }));
    expect(await toldAbout(proposalPath(id))).toContainEqual({
      userId: people.reporter.id,
      kind: "proposal",
      message: "Phạm Quốc Bảo đã từ chối đề xuất “Đề tài bị từ chối”. Ghi chú: Trùng đề tài tuần trước",
    });
    // Decided: the proposer can no longer withdraw it, and is told why.
    expect(refused(await p.withdrawProposal(db(), people.reporter, { id, version: 2 }))).toEqual({
      code: "invalid_state",
      error: "Đề xuất đang ở trạng thái “Bị từ chối”: không thể rút lại.",
    });
  });

  it("withdraws a pending proposal (its proposer only)", async () => {
    const { id } = ok(await p.propose(db(), people.reporter, { title: "Đề tài rút lại" }));
    expect((await proposalRow(id)).deskId).toBeNull();
    expect(refused(await p.withdrawProposal(db(), people.head, { id, version: 1 }))).toMatchObject({ code: "forbidden" });
    ok(await p.withdrawProposal(db(), people.reporter, { id, version: 1 }));
    expect(await proposalRow(id)).toMatchObject({ status: "withdrawn", version: 2 });
  });
});

async function approvedProposal(title: string, kind: TopicKind = "text") {
  const { id } = ok(await p.propose(db(), people.reporter, { title, sectionId, kind }));
  ok(await p.approveProposal(db(), people.head, { id, version: 1 }));
  return id;
}

const eventsOf = (assignmentId: number) =>
  db()
    .select({ kind: publicationEvents.kind, version: publicationEvents.version, dueAt: publicationEvents.dueAt })
    .from(publicationEvents)
    .where(eq(publicationEvents.assignmentId, assignmentId))
    .orderBy(publicationEvents.version, publicationEvents.kind);

describe("assignments", () => {
  it("assigns a writer and a photographer from an approved topic, with its title, section and desk; records the deadline's two events; tells each", async () => {
    const proposalId = await approvedProposal("Mùa hoa tam giác mạch");
    const deadline = inHours(5);
    const writer = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, task: "write", deadline, priority: "high" }));
    const photo = ok(
      await a.assign(db(), people.head, { proposalId, assigneeId: people.photographer.id, task: "photo", deadline, brief: "Ảnh ruộng hoa buổi sớm" }),
    );
    expect(await assignmentRow(writer.id)).toMatchObject({
      proposalId,
      title: "Mùa hoa tam giác mạch",
      sectionId,
      deskId,
      task: "write",
      priority: "high",
      status: "offered",
      assignedById: people.head.id,
      version: 1,
    });
    expect((await assignmentRow(photo.id)).task).toBe("photo");
    const due = new Date(deadline).getTime();
    expect(await eventsOf(writer.id)).toEqual([
      { kind: "due_soon", version: 1, dueAt: new Date(due - 2 * 3600_000) },
      { kind: "overdue", version: 1, dueAt: new Date(due) },
    ]);
    const [told] = await toldAbout(assignmentPath(writer.id));
    expect(told).toMatchObject({ userId: people.reporter.id, kind: "assignment" });
    expect(told!.message).toMatch(/^Trần Văn Hùng giao việc “Mùa hoa tam giác mạch” cho bạn, hạn .+\.$/);
    expect(await audited("assignment", writer.id)).toEqual([
      {
        action: "plan.assignment.create",
        actorId: people.head.id,
        data: { title: "Mùa hoa tam giác mạch", personId: people.reporter.id, deadline, task: "write" },
      },
    ]);
  });

  it("refuses work from a topic not approved, a deadline past, an account outside the newsroom, and anyone who does not lead the desk", async () => {
    const { id: pending } = ok(await p.propose(db(), people.reporter, { title: "Chưa duyệt", sectionId }));
    expect(refused(await a.assign(db(), people.head, { proposalId: pending, assigneeId: people.reporter.id, deadline: inHours(3) }))).toMatchObject({
      code: "invalid_state",
      error: "Chỉ giao việc được từ đề tài đã duyệt.",
    });
    const proposalId = await approvedProposal("Đề tài đã duyệt");
    const past = refused(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, deadline: inHours(-1) }));
    expect(past.code).toBe("invalid");
    expect(past.error).toContain("Hạn đã qua");
    for (const who of [people.admin, people.inactive]) {
      expect(refused(await a.assign(db(), people.head, { proposalId, assigneeId: who.id, deadline: inHours(3) }))).toMatchObject({ code: "invalid" });
    }
    expect(refused(await a.assign(db(), people.reporter, { proposalId, assigneeId: people.photographer.id, deadline: inHours(3) }))).toMatchObject({
      code: "forbidden",
    });
    expect(refused(await a.assign(db(), people.outsider, { proposalId, assigneeId: people.photographer.id, deadline: inHours(3) }))).toMatchObject({
      code: "forbidden",
    });
    // The desk is the topic's or the section's, never one the caller names: another desk's head
    // cannot claim the work for their own desk.
    const smuggled = { deskId: sportsDeskId };
    for (const input of [{ proposalId }, { title: "Của ban khác", sectionId }]) {
      expect(refused(await a.assign(db(), people.outsider, { ...smuggled, ...input, assigneeId: people.photographer.id, deadline: inHours(3) }))).toMatchObject(
        {
          code: "forbidden",
        },
      );
    }
    // Directly, without a topic: the desk head of the section's desk, or the chief editor.
    ok(await a.assign(db(), people.chief, { title: "Trực tiếp", sectionId, assigneeId: people.photographer.id, deadline: inHours(3) }));
    expect(refused(await a.assign(db(), people.head, { sectionId, assigneeId: people.photographer.id, deadline: inHours(3) }))).toMatchObject({
      code: "invalid",
    });
  });

  it("a topic's kind becomes its story's kind: a video topic opens a Video draft", async () => {
    const proposalId = await approvedProposal("Mùa hoa đào Mẫu Sơn", "video");
    const { id } = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, deadline: inHours(6) }));
    const started = ok(await a.startAssignment(db(), people.reporter, { id, version: 1 }));
    const [story] = await db().select({ kind: stories.kind }).from(stories).where(eq(stories.id, started.storyId!));
    expect(story!.kind).toBe("video");
  });

  it("the assignee accepts, starts (a normal draft born with the title and section), and submitting the story completes it", async () => {
    const proposalId = await approvedProposal("Đường lên Mẫu Sơn");
    const { id } = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, deadline: inHours(6) }));
    expect(refused(await a.acceptAssignment(db(), people.photographer, { id, version: 1 }))).toMatchObject({ code: "forbidden" });
    ok(await a.acceptAssignment(db(), people.reporter, { id, version: 1 }));
    expect(await toldAbout(assignmentPath(id))).toContainEqual({
      userId: people.head.id,
      kind: "assignment",
      message: "Nguyễn Thu Hà đã nhận việc “Đường lên Mẫu Sơn”.",
    });
    expect(refused(await a.acceptAssignment(db(), people.reporter, { id, version: 2 }))).toMatchObject({ code: "invalid_state" });

    const started = ok(await a.startAssignment(db(), people.reporter, { id, version: 2 }));
    expect(started).toMatchObject({ status: "in_progress", version: 3 });
    const [story] = await db().select().from(stories).where(eq(stories.id, started.storyId!));
    expect(story).toMatchObject({ title: "Đường lên Mẫu Sơn", kind: "article", sectionId, status: "draft", createdById: people.reporter.id });
    expect(await db().select({ userId: storyAuthors.userId }).from(storyAuthors).where(eq(storyAuthors.storyId, story!.id))).toEqual([
      { userId: people.reporter.id },
    ]);
    // The deadline is still watched, under the new version.
    expect((await eventsOf(id)).filter((e) => e.version === 3).map((e) => e.kind)).toEqual(["due_soon", "overdue"]);

    const draft = ok(
      await saveStory(db(), people.reporter, {
        id: story!.id,
        baseVersion: story!.version,
        fields: {
          ...emptyStoryFields("THU HÀ"),
          title: story!.title,
          sapo: "Con đường mới mở lên đỉnh Mẫu Sơn.",
          body: bodyFromBlocks([{ type: "paragraph", text: "Sáng nay, đoạn đường cuối cùng đã thông xe." }]),
          sectionId,
        },
      }),
    );
    ok(await submitStory(db(), people.reporter, { id: story!.id, version: draft.version }));
    const done = await assignmentRow(id);
    expect(done).toMatchObject({ status: "done", storyId: story!.id, version: 4 });
    expect(done.doneAt).toBeInstanceOf(Date);
    expect(await toldAbout(assignmentPath(id))).toContainEqual({
      userId: people.head.id,
      kind: "assignment",
      message: "Nguyễn Thu Hà đã gửi duyệt bài của việc “Đường lên Mẫu Sơn”: việc đã xong.",
    });
    expect((await audited("assignment", id)).map((r) => r.action)).toEqual([
      "plan.assignment.create",
      "plan.assignment.accept",
      "plan.assignment.start",
      "plan.assignment.done",
    ]);
  });

  it("declines with a reason; the manager reassigns it to someone else, who is told, as is the one who had it", async () => {
    const { id } = ok(await a.assign(db(), people.head, { title: "Lễ hội Lồng tồng", sectionId, assigneeId: people.reporter.id, deadline: inHours(4) }));
    expect(refused(await a.declineAssignment(db(), people.reporter, { id, version: 1, reason: "" }))).toMatchObject({ code: "invalid" });
    ok(await a.declineAssignment(db(), people.reporter, { id, version: 1, reason: "Đang đi công tác" }));
    expect(await assignmentRow(id)).toMatchObject({ status: "declined", note: "Đang đi công tác" });
    expect(await toldAbout(assignmentPath(id))).toContainEqual({
      userId: people.head.id,
      kind: "assignment",
      message: "Nguyễn Thu Hà từ chối việc “Lễ hội Lồng tồng”: Đang đi công tác",
    });

    expect(
      refused(await a.reassignAssignment(db(), people.reporter, { id, version: 2, assigneeId: people.photographer.id, reason: "Đổi người" })),
    ).toMatchObject({
      code: "forbidden",
    });
    expect(refused(await a.reassignAssignment(db(), people.head, { id, version: 2, assigneeId: people.reporter.id, reason: "Đổi người" }))).toMatchObject({
      code: "invalid",
    });
    ok(await a.reassignAssignment(db(), people.head, { id, version: 2, assigneeId: people.photographer.id, reason: "Hà đi công tác" }));
    expect(await assignmentRow(id)).toMatchObject({ status: "offered", assigneeId: people.photographer.id, version: 3 });
    const told = await toldAbout(assignmentPath(id));
    expect(told.filter((n) => n.userId === people.photographer.id).map((n) => n.message)[0]).toMatch(/^Trần Văn Hùng giao việc “Lễ hội Lồng tồng” cho bạn/);
    expect(told).toContainEqual({
      userId: people.reporter.id,
      kind: "assignment",
      message: "Trần Văn Hùng đã giao việc “Lễ hội Lồng tồng” cho người khác: Hà đi công tác",
    });
    expect((await eventsOf(id)).filter((e) => e.version === 3)).toHaveLength(2);
  });

  it("reassigning a declined job can move its deadline: the new assignee's reminders follow the new time", async () => {
    const { id } = ok(await a.assign(db(), people.head, { title: "Hội chợ biên giới", sectionId, assigneeId: people.reporter.id, deadline: inHours(4) }));
    ok(await a.declineAssignment(db(), people.reporter, { id, version: 1, reason: "Đang ốm" }));
    const later = inHours(30);
    ok(await a.reassignAssignment(db(), people.head, { id, version: 2, assigneeId: people.photographer.id, reason: "Hà ốm", deadline: later }));
    expect((await assignmentRow(id)).deadline.toISOString()).toBe(later);
    const overdue = (await eventsOf(id)).filter((e) => e.version === 3 && e.kind === "overdue");
    expect(overdue.map((e) => e.dueAt.toISOString())).toEqual([later]);
  });

  it("a photographer delivers with a note (and opens no draft); writing is done only by submitting its story", async () => {
    const proposalId = await approvedProposal("Chợ Kỳ Lừa");
    const photo = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.photographer.id, task: "photo", deadline: inHours(3) }));
    const write = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, task: "write", deadline: inHours(3) }));
    expect(refused(await a.deliverAssignment(db(), people.photographer, { id: photo.id, version: 1, note: " " }))).toMatchObject({ code: "invalid" });
    // Photos open no draft: the server refuses what the screen does not offer.
    expect(refused(await a.startAssignment(db(), people.photographer, { id: photo.id, version: 1 }))).toMatchObject({
      code: "invalid_state",
      error: "Chỉ việc viết bài mới mở bản nháp; ảnh, video, âm thanh và đồ họa thì báo đã giao.",
    });
    ok(await a.deliverAssignment(db(), people.photographer, { id: photo.id, version: 1, note: "12 ảnh trong Thư viện ảnh" }));
    expect(await assignmentRow(photo.id)).toMatchObject({ status: "done", note: "12 ảnh trong Thư viện ảnh" });
    expect(refused(await a.deliverAssignment(db(), people.reporter, { id: write.id, version: 1, note: "Xong" }))).toMatchObject({
      code: "invalid_state",
      error: "Việc viết bài hoàn thành khi bài được gửi duyệt.",
    });
  });

  it("the assigner cancels with a reason and moves a deadline; a stale version is a conflict; the assignee is told", async () => {
    const one = ok(await a.assign(db(), people.head, { title: "Hội chợ biên giới", sectionId, assigneeId: people.reporter.id, deadline: inHours(8) }));
    expect(refused(await a.changeAssignmentDeadline(db(), people.head, { id: one.id, version: 1, deadline: inHours(-2) }))).toMatchObject({ code: "invalid" });
    const later = inHours(30);
    ok(await a.changeAssignmentDeadline(db(), people.head, { id: one.id, version: 1, deadline: later }));
    expect((await assignmentRow(one.id)).deadline.toISOString()).toBe(later);
    expect((await eventsOf(one.id)).filter((e) => e.version === 2).map((e) => e.dueAt.toISOString())).toEqual([
      new Date(new Date(later).getTime() - 2 * 3600_000).toISOString(),
      later,
    ]);
    expect(refused(await a.cancelAssignment(db(), people.head, { id: one.id, version: 1, reason: "Hoãn" }))).toMatchObject({ code: "conflict" });
    expect(refused(await a.cancelAssignment(db(), people.reporter, { id: one.id, version: 2, reason: "Hoãn" }))).toMatchObject({ code: "forbidden" });
    ok(await a.cancelAssignment(db(), people.head, { id: one.id, version: 2, reason: "Sự kiện hoãn" }));
    expect(await toldAbout(assignmentPath(one.id))).toContainEqual({
      userId: people.reporter.id,
      kind: "assignment",
      message: "Trần Văn Hùng đã hủy việc “Hội chợ biên giới”: Sự kiện hoãn",
    });
    expect((await audited("assignment", one.id)).map((r) => r.action)).toEqual([
      "plan.assignment.create",
      "plan.assignment.deadline",
      "plan.assignment.cancel",
    ]);
  });
});

describe("deadlines, told once by the publication worker", () => {
  const noRefresh = async () => {};
  const deadlineNews = (id: number) =>
    db()
      .select({ userId: notifications.userId, message: notifications.message })
      .from(notifications)
      .where(and(eq(notifications.link, assignmentPath(id)), eq(notifications.kind, "deadline")));

  it("tells the assignee, the assigner and the desk's heads once each, even with two workers at once", async () => {
    const { id } = ok(await a.assign(db(), people.chief, { title: "Bầu cử thôn", sectionId, assigneeId: people.reporter.id, deadline: inHours(3) }));
    const [soon, overdue] = await eventsOf(id);
    await Promise.all([
      runDueEvents(db(), noRefresh, new Date(soon!.dueAt.getTime() + 1000)),
      runDueEvents(db(), noRefresh, new Date(soon!.dueAt.getTime() + 1000)),
    ]);
    const first = await deadlineNews(id);
    expect(first.map((n) => n.userId).sort()).toEqual([people.chief.id, people.head.id, people.reporter.id].sort());
    expect(first[0]!.message).toMatch(/^Sắp đến hạn: “Bầu cử thôn” — hạn .+\.$/);

    const after = new Date(overdue!.dueAt.getTime() + 1000);
    await Promise.all([runDueEvents(db(), noRefresh, after), runDueEvents(db(), noRefresh, after)]);
    await runDueEvents(db(), noRefresh, after);
    const all = await deadlineNews(id);
    expect(all).toHaveLength(6);
    expect(all.filter((n) => n.message.startsWith("Đã quá hạn: “Bầu cử thôn”"))).toHaveLength(3);
  });

  it("a deadline moved since: the old version's events tell nobody, the new ones do", async () => {
    const { id } = ok(await a.assign(db(), people.head, { title: "Đường tuần tra", sectionId, assigneeId: people.reporter.id, deadline: inHours(1) }));
    ok(await a.changeAssignmentDeadline(db(), people.head, { id, version: 1, deadline: inHours(48) }));
    await runDueEvents(db(), noRefresh, new Date(Date.now() + 2 * 3600_000));
    expect(await deadlineNews(id)).toEqual([]);
    const handled = await db()
      .select({ version: publicationEvents.version, handledAt: publicationEvents.handledAt })
      .from(publicationEvents)
      .where(and(eq(publicationEvents.assignmentId, id), eq(publicationEvents.version, 1)));
    expect(handled.every((e) => e.handledAt !== null)).toBe(true);
    await runDueEvents(db(), noRefresh, new Date(Date.now() + 49 * 3600_000));
    expect((await deadlineNews(id)).filter((n) => n.userId === people.reporter.id).map((n) => n.message.split(":")[0])).toEqual(["Sắp đến hạn", "Đã quá hạn"]);
  });

  it("finished work's events tell nobody", async () => {
    const { id } = ok(
      await a.assign(db(), people.head, { title: "Ảnh lễ hội", sectionId, task: "photo", assigneeId: people.photographer.id, deadline: inHours(1) }),
    );
    ok(await a.deliverAssignment(db(), people.photographer, { id, version: 1, note: "Đã gửi 8 ảnh" }));
    await runDueEvents(db(), noRefresh, new Date(Date.now() + 2 * 3600_000));
    expect(await deadlineNews(id)).toEqual([]);
  });

  it("the lead is a setting (Cài đặt → Kế hoạch), audited; only the admin changes it", async () => {
    expect(refused(await updatePlanSettings(db(), people.chief, { dueSoonLeadMinutes: 30 }))).toMatchObject({ code: "forbidden" });
    expect(refused(await updatePlanSettings(db(), people.admin, { dueSoonLeadMinutes: -5 }))).toMatchObject({ code: "invalid" });
    expect(ok(await updatePlanSettings(db(), people.admin, { dueSoonLeadMinutes: 30 }))).toEqual({ changed: true });
    expect(ok(await updatePlanSettings(db(), people.admin, { dueSoonLeadMinutes: 30 }))).toEqual({ changed: false });
    const deadline = inHours(5);
    const { id } = ok(await a.assign(db(), people.head, { title: "Báo trước 30 phút", sectionId, assigneeId: people.reporter.id, deadline }));
    expect((await eventsOf(id))[0]).toMatchObject({ kind: "due_soon", dueAt: new Date(new Date(deadline).getTime() - 30 * 60_000) });
    const [audit] = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(inArray(auditLog.action, ["plan.settings"]));
    expect(audit).toEqual({ action: "plan.settings" });
    await db().delete(siteSettings).where(eq(siteSettings.key, "plan"));
  });
});

describe("what the pages read", () => {
  it("opens to each person the moves the table and the policy allow them", async () => {
    const { id } = ok(await p.propose(db(), people.reporter, { title: "Đề tài để đọc", sectionId }));
    expect((await readProposal(db(), people.reporter, id))!.moves).toEqual(["edit", "withdraw"]);
    expect((await readProposal(db(), people.head, id))!.moves).toEqual(["approve", "request_changes", "reject"]);
    expect((await readProposal(db(), people.outsider, id))!.moves).toEqual([]);
    ok(await p.approveProposal(db(), people.head, { id, version: 1, note: "Làm ngay" }));
    const approved = (await readProposal(db(), people.head, id))!;
    expect(approved).toMatchObject({
      status: "approved",
      canAssign: true,
      proposerName: "Nguyễn Thu Hà",
      deskName: "Ban Kinh tế",
      deciderName: "Trần Văn Hùng",
    });
    expect(approved.history.map((h) => [h.action, h.actorName, h.note])).toEqual([
      ["plan.proposal.create", "Nguyễn Thu Hà", ""],
      ["plan.proposal.approve", "Trần Văn Hùng", "Làm ngay"],
    ]);
    expect((await readProposal(db(), people.reporter, id))!.canAssign).toBe(false);

    const photo = ok(await a.assign(db(), people.head, { proposalId: id, task: "photo", assigneeId: people.photographer.id, deadline: inHours(4) }));
    expect((await readAssignment(db(), people.photographer, photo.id))!.moves).toEqual(["accept", "decline", "deliver"]);
    expect((await readAssignment(db(), people.head, photo.id))!.moves).toEqual(["reassign", "cancel", "change_deadline"]);
    expect((await readAssignment(db(), people.reporter, photo.id))!.moves).toEqual([]);
    expect((await listMyAssignments(db(), people.photographer)).map((m) => m.id)).toContain(photo.id);
    await expect(readProposal(db(), people.admin, id)).rejects.toThrow();
  });

  it("says where a story came from: its assignment and topic, an archive import, or outside the plan", async () => {
    const proposalId = await approvedProposal("Nguồn gốc bài");
    const { id, version } = ok(await a.assign(db(), people.head, { proposalId, assigneeId: people.reporter.id, deadline: inHours(4) }));
    const { storyId } = ok(await a.startAssignment(db(), people.reporter, { id, version }));
    expect(await storyOrigin(db(), storyId!)).toMatchObject({
      kind: "plan",
      assignmentId: id,
      title: "Nguồn gốc bài",
      assignerName: "Trần Văn Hùng",
      proposal: { id: proposalId, proposerName: "Nguyễn Thu Hà" },
    });
    const outside = await makeStory(db(), { author: people.reporter });
    expect(await storyOrigin(db(), outside.id)).toEqual({ kind: "outside" });
    const imported = await makeStory(db(), { author: people.reporter, status: "published" });
    await db().insert(storySources).values({ contentHash: "seed-hash", storyId: imported.id, file: "2022/07/hoi-nghi.txt" });
    expect(await storyOrigin(db(), imported.id)).toEqual({ kind: "imported" });
  });
});
