// The editorial workflow as a table (DESIGN.md): which event moves a story from which state to
// which, who may take it, and whether a note is required. Pure: used by the policy, the server
// actions and the screens alike.
import type { Role, StoryStatus } from "@/db/schema";

export const workflowEvents = [
  "submit",
  "withdraw",
  "claim",
  "return",
  "approve",
  "schedule",
  "unschedule",
  "publish",
  "unpublish",
  "republish",
] as const;
export type WorkflowEvent = (typeof workflowEvents)[number];

export type Transition = {
  event: WorkflowEvent;
  from: readonly StoryStatus[];
  to: StoryStatus;
  roles: readonly Role[];
  noteRequired: boolean;
};

const desk = ["editor", "chief_editor"] as const;
const writers = ["reporter", "editor", "chief_editor"] as const;

export const transitions: readonly Transition[] = [
  { event: "submit", from: ["draft"], to: "submitted", roles: writers, noteRequired: false },
  { event: "withdraw", from: ["submitted"], to: "draft", roles: writers, noteRequired: false },
  { event: "claim", from: ["submitted"], to: "in_review", roles: desk, noteRequired: false },
  { event: "return", from: ["submitted", "in_review", "approved"], to: "draft", roles: desk, noteRequired: true },
  { event: "approve", from: ["in_review"], to: "approved", roles: desk, noteRequired: false },
  { event: "schedule", from: ["approved"], to: "scheduled", roles: ["chief_editor"], noteRequired: false },
  { event: "unschedule", from: ["scheduled"], to: "approved", roles: ["chief_editor"], noteRequired: false },
  { event: "publish", from: ["approved", "scheduled"], to: "published", roles: ["chief_editor"], noteRequired: false },
  { event: "unpublish", from: ["published"], to: "unpublished", roles: ["chief_editor"], noteRequired: true },
  { event: "republish", from: ["unpublished"], to: "published", roles: ["chief_editor"], noteRequired: false },
];

export function findTransition(event: WorkflowEvent, from: StoryStatus): Transition | undefined {
  return transitions.find((t) => t.event === event && t.from.includes(from));
}

export const statusLabels: Record<StoryStatus, string> = {
  draft: "Nháp",
  submitted: "Chờ duyệt",
  in_review: "Đang biên tập",
  approved: "Đã duyệt",
  scheduled: "Đã lên lịch",
  published: "Đã xuất bản",
  unpublished: "Đã gỡ",
};

export const eventLabels: Record<WorkflowEvent, string> = {
  submit: "Gửi duyệt",
  withdraw: "Rút lại",
  claim: "Nhận bài",
  return: "Trả bài",
  approve: "Duyệt bài",
  schedule: "Lên lịch",
  unschedule: "Hủy lịch",
  publish: "Xuất bản ngay",
  unpublish: "Gỡ bài",
  republish: "Xuất bản lại",
};

/** Every event of a story's trail, including the steps that leave its state as it is. */
export const trailLabels: Record<string, string> = {
  ...eventLabels,
  publish: "Xuất bản",
  takeover: "Tiếp quản",
  release: "Thôi giữ bài",
  correct: "Đính chính",
};

/** What the screen says after a move succeeded. */
export const moveDoneMessages = {
  withdraw: "Đã rút bài về để sửa tiếp.",
  claim: "Đã nhận bài. Bạn đang giữ bài này.",
  takeover: "Đã tiếp quản bài.",
  release: "Đã thôi giữ bài; biên tập viên khác có thể nhận bài.",
  return: "Đã trả bài cho phóng viên kèm ghi chú.",
  approve: "Đã duyệt bài.",
  schedule: "Đã lên lịch xuất bản.",
  unschedule: "Đã hủy lịch; bài trở lại Đã duyệt.",
  publish: "Đã xuất bản bài.",
  unpublish: "Đã gỡ bài khỏi trang.",
  republish: "Đã xuất bản lại bài.",
  correct: "Đã đính chính bài.",
} as const;
