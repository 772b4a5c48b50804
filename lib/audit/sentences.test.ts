// Nhật ký's Chi tiết: every action anything records reads as a sentence in both languages, with
// names, labels and the paper's time, and no data key, id or UTC time leaks through.
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { auditActions, type AuditAction } from "./record";
import { auditSentence, hasSentence, transitionSentence, type SentenceContext } from "./sentences";

const context = (locale: Locale): SentenceContext => ({
  locale,
  timeZone: "Asia/Ho_Chi_Minh",
  person: (id) => ({ 3: "Trần Minh Đức", 5: "Nguyễn Thu Hà" })[id],
  story: (id) =>
    ({
      28: { id: 28, title: "Lạng Sơn đón 1 triệu lượt khách", href: "/du-lich/lang-son-don-1-trieu-luot-khach-28" },
      5: { id: 5, title: "Hội nghị ngành tổ chức", href: null },
    })[id],
  section: (id) => ({ 2: "Thời sự", 4: "Chính trị" })[id],
  media: (id) => ({ 9: "Quang cảnh hội nghị" })[id],
  entityLabel: "Trần Minh Đức",
});

/** A record of each action as the code writes it today (grep recordAudit in lib/ and db/). */
const recorded: Record<AuditAction, Record<string, unknown>> = {
  "story.import": { source: "2022/07/hoi-nghi.txt", sectionSlug: "thoi-su", oldUrl: "https://baolangson.vn/tin/123" },
  "story.correct": { version: 9, revisionId: 40, titleChanged: true, notice: { wrong: "chiều 27/6", right: "chiều 28/6" } },
  "story.takeover": { from: 3, version: 7 },
  "story.restore": {
    status: "in_review",
    revisionId: 12,
    restoredVersion: 11,
    restoredNumber: 2,
    before: { version: 14, title: "Tiêu đề mới" },
    after: { version: 15, title: "Tiêu đề cũ" },
    keptRevisionId: 13,
  },
  "home.update": { storyIds: [28, 5] },
  "user.create": { after: { name: "Nguyễn Thu Hà", penName: "THU HÀ", email: "thuha@baolangson.vn", role: "reporter" } },
  "user.role": { before: { role: "reporter" }, after: { role: "editor" }, releasedStoryIds: [5], endedSessions: 2 },
  "user.deactivate": { before: { active: true }, after: { active: false }, role: "editor", releasedStoryIds: [], retiredLinks: 1, endedSessions: 1 },
  "user.activate": { before: { active: false }, after: { active: true }, role: "editor" },
  "user.password_link": { purpose: "invite", tokenId: 77, expiresAt: "2026-12-06T23:12:00.000Z" },
  "user.password_set": { purpose: "reset", tokenId: 77 },
  "section.create": { before: null, after: { name: "Chính trị", slug: "chinh-tri", description: "", parentId: 2, position: 3, hidden: false } },
  "section.rename": { before: { name: "Thời sự", description: "" }, after: { name: "Thời sự – Chính trị", description: "Tin trong tỉnh" } },
  "section.reorder": { before: { position: 2 }, after: { position: 1 }, order: ["chinh-tri", "thoi-su"] },
  "section.hide": { before: { hidden: false }, after: { hidden: true } },
  "section.show": { before: { hidden: true }, after: { hidden: false } },
  "section.merge": {
    before: { name: "Tin tỉnh", slug: "tin-tinh" },
    after: { name: "Thời sự", slug: "thoi-su" },
    intoId: 2,
    stories: 14,
    oldSlugs: ["tin-tinh"],
    subsections: 0,
  },
  "section.delete": { before: { name: "Thử nghiệm", slug: "thu-nghiem", parentId: null, hidden: true }, after: null, oldSlugs: [] },
  "section.move": { before: { parentId: null, position: 4 }, after: { parentId: 2, position: 0 } },
  "settings.update": {
    before: { paperName: "Báo Lạng Sơn", approvalLevels: 2, timeZone: "Asia/Ho_Chi_Minh" },
    after: { paperName: "Báo và Phát thanh, Truyền hình Lạng Sơn", approvalLevels: 3, timeZone: "Asia/Bangkok" },
  },
  "media.upload": { originalName: "hoi-nghi.jpg", size: 245_760, width: 1600, height: 1067 },
  "media.update": { before: { caption: "" }, after: { caption: "Quang cảnh hội nghị" } },
  "media.delete": { originalName: "hoi-nghi.jpg", caption: "Quang cảnh hội nghị", storageKey: "2026/07/0123456789abcdef01234567-original.jpg" },
  "profile.update": { before: { penName: "PHƯƠNG DUNG", locale: "vi", avatarMediaId: null }, after: { penName: "DUNG LÊ", locale: "en", avatarMediaId: 9 } },
  "profile.password": {},
  "profile.password_failed": {},
  "two_factor.enrol": {},
  "two_factor.recovery_used": { left: 7 },
  "two_factor.reset": { endedSessions: 3 },
  "audit.export": { personId: 3, action: "user.", from: "2026-12-01" },
  "seed.demo": { stories: 30 },
  "user.grants": { before: [], after: ["royalty.grade", "royalty.accounting"] },
  "royalty.grade": {
    month: "2026-11",
    linesMonth: "2026-12",
    title: "Lạng Sơn đón 1 triệu lượt khách",
    before: [{ id: 1, month: "2026-11", payeeId: 2, role: "author", mediaId: null, kind: "bai", grade: "6", share: 100, amount: 1404000, adjusts: null }],
    after: [
      { id: 1, month: "2026-11", payeeId: 2, role: "author", mediaId: null, kind: "bai", grade: "6", share: 100, amount: 1404000, adjusts: null },
      { id: 7, month: "2026-12", payeeId: 2, role: "author", mediaId: null, kind: "bai", grade: "2", share: 100, amount: 468000, adjusts: 1 },
    ],
    note: "",
  },
  "royalty.approve": { month: "2026-12" },
  "royalty.unapprove": { month: "2026-12" },
  "royalty.close": { month: "2026-12", lines: 1500, total: 987654321 },
  "royalty.pay": { month: "2026-12", lines: 3, paidOn: "05/01/2027" },
  "royalty.export": { month: "2026-12", format: "xlsx" },
  "royalty.settings": { before: {}, after: {} },
  "payee.create": { name: "Hoàng Văn Nam" },
  "payee.update": { name: "Hoàng Văn Nam" },
  "payee.details_read": { name: "Hoàng Văn Nam" },
  "payee.details_update": { name: "Hoàng Văn Nam" },
  "desk.create": { name: "Ban Thời sự", before: null, after: { name: "Ban Thời sự", position: 0 } },
  "desk.rename": { name: "Ban Thời sự – Chính trị", before: { name: "Ban Thời sự" }, after: { name: "Ban Thời sự – Chính trị" } },
  "desk.delete": { name: "Ban Thời sự", before: { name: "Ban Thời sự", sections: ["Thời sự", "Chính trị"], members: ["Trần Minh Đức"] }, after: null },
  "desk.sections": {
    name: "Ban Thời sự",
    before: { sections: ["Thời sự"] },
    after: { sections: ["Thời sự", "Chính trị"] },
    moved: [{ section: "Chính trị", from: "Ban Kinh tế" }],
  },
  "desk.members": {
    name: "Ban Thời sự",
    change: "add",
    personId: 3,
    person: "Trần Minh Đức",
    before: { members: [] },
    after: { members: [{ name: "Trần Minh Đức", head: true }] },
  },
  "plan.proposal.create": { title: "Chợ phiên vùng cao" },
  "plan.proposal.edit": { title: "Chợ phiên vùng cao", resubmitted: true },
  "plan.proposal.withdraw": { title: "Chợ phiên vùng cao" },
  "plan.proposal.approve": { title: "Chợ phiên vùng cao" },
  "plan.proposal.request_changes": { title: "Chợ phiên vùng cao", note: "Thêm góc người bán" },
  "plan.proposal.reject": { title: "Chợ phiên vùng cao", note: "Trùng đề tài tuần trước" },
  "plan.assignment.create": { title: "Chợ phiên vùng cao", personId: 5, deadline: "2026-12-07T09:00:00.000Z", task: "write" },
  "plan.assignment.accept": { title: "Chợ phiên vùng cao" },
  "plan.assignment.decline": { title: "Chợ phiên vùng cao", note: "Đang đi công tác" },
  "plan.assignment.start": { title: "Chợ phiên vùng cao", storyId: 28 },
  "plan.assignment.deliver": { title: "Chợ phiên vùng cao", note: "12 ảnh trong thư viện" },
  "plan.assignment.done": { title: "Chợ phiên vùng cao", storyId: 28 },
  "plan.assignment.reassign": { title: "Chợ phiên vùng cao", from: 3, personId: 5, note: "Đổi người" },
  "plan.assignment.cancel": { title: "Chợ phiên vùng cao", note: "Sự kiện hoãn" },
  "plan.assignment.deadline": { title: "Chợ phiên vùng cao", before: "2026-12-07T09:00:00.000Z", after: "2026-12-08T09:00:00.000Z" },
  "plan.settings": { before: { dueSoonLeadMinutes: 120 }, after: { dueSoonLeadMinutes: 60 } },
};

// What must never reach a reader: a camelCase or snake_case key, a JSON object, a UTC timestamp.
const leaks = /\b[a-z]+[A-Z]\w*\b|\b[a-z]+_[a-z_]+\b|[{}]|\d{4}-\d{2}-\d{2}T/;

describe("Nhật ký's sentences", () => {
  it("has a sentence for every action anything records", () => {
    expect(auditActions.filter((action) => !hasSentence(action))).toEqual([]);
  });

  for (const locale of ["vi", "en"] as const) {
    it(`says every recorded action as words, with no key, id or UTC time (${locale})`, () => {
      for (const action of auditActions) {
        const { text } = auditSentence(action, recorded[action], action.split(".")[0]!, context(locale));
        expect(text, action).not.toBe("");
        expect(text, action).not.toMatch(leaks);
      }
    });
  }

  it("names what the issue found raw: settings by label, link expiry in the paper's time, the correction notice, the home page's stories", () => {
    const vi = context("vi");
    expect(auditSentence("settings.update", recorded["settings.update"], "settings", vi).text).toBe(
      "Đổi cài đặt của trang — Tên báo: “Báo Lạng Sơn” → “Báo và Phát thanh, Truyền hình Lạng Sơn”; Số cấp duyệt: 2 → 3; Múi giờ: “Asia/Ho_Chi_Minh” → “Asia/Bangkok”.",
    );
    expect(auditSentence("user.password_link", recorded["user.password_link"], "user", vi).text).toBe(
      "Tạo liên kết mời đặt mật khẩu lần đầu cho Trần Minh Đức, dùng được đến Thứ hai, 07/12/2026 06:12.",
    );
    expect(auditSentence("story.correct", recorded["story.correct"], "story", vi).text).toBe(
      "Đính chính bài đã xuất bản, đổi cả tiêu đề. Thông báo cải chính — Sai: “chiều 27/6”. Đúng: “chiều 28/6”.",
    );
    const home = auditSentence("home.update", recorded["home.update"], "home", vi);
    expect(home.text).toBe("Sắp xếp lại trang chủ: 2 bài, theo thứ tự “Lạng Sơn đón 1 triệu lượt khách”, “Hội nghị ngành tổ chức”.");
    expect(home.stories.map((s) => s.href)).toEqual(["/du-lich/lang-son-don-1-trieu-luot-khach-28", null]);
    expect(auditSentence("audit.export", recorded["audit.export"], "system", vi).text).toBe(
      "Xuất Nhật ký ra tệp CSV — lọc theo Người thực hiện: Trần Minh Đức; Thao tác: Người dùng: mọi thao tác; Từ ngày: Thứ ba, 01/12/2026.",
    );
    expect(auditSentence("story.takeover", recorded["story.takeover"], "story", vi).text).toBe("Tiếp quản bài đang do Trần Minh Đức giữ.");
  });

  it("says a workflow move and its note, a reschedule as one step", () => {
    const vi = context("vi");
    expect(transitionSentence("submitted", "draft", "Thiếu ảnh", vi)).toBe("Chuyển bài từ Chờ duyệt sang Nháp. Ghi chú: Thiếu ảnh");
    expect(transitionSentence("scheduled", "scheduled", "Dời lịch từ Thứ hai, 07/12/2026 06:12 sang Thứ ba, 08/12/2026 07:00", vi)).toBe(
      "Dời lịch từ Thứ hai, 07/12/2026 06:12 sang Thứ ba, 08/12/2026 07:00.",
    );
  });
});
