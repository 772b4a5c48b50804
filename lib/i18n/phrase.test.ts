import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditActionLabel, actionOptions } from "@/lib/audit/labels";
import { auditSentence, transitionSentence } from "@/lib/audit/sentences";
import { diffFieldLabel } from "@/lib/revisions/diff";
import { revisionKindLabel } from "@/lib/revisions/queries";
import { eventLabel, moveDoneMessage, statusLabel, statusLabels, trailLabel } from "@/lib/workflow/transitions";
import { fromZodMessage, phrase, say, text, zodMessage } from "./phrase";

describe("phrases", () => {
  it("are said in either language, with nested phrases, lists and times as arguments", () => {
    const lacks = phrase("refusals.story.incomplete", { missing: { list: [phrase("validation.fields.sapo"), phrase("validation.fields.body")] } });
    expect(say("vi", lacks)).toBe("Chưa gửi được: bài còn thiếu Sapo, Nội dung.");
    expect(say("en", lacks)).toBe("Not submitted yet: the story lacks Sapo, Body.");
    const scheduled = phrase("notify.scheduled", { title: "Tin", when: { when: "2026-12-06T23:12:00Z" } });
    expect(say("vi", scheduled)).toBe("Bài “Tin” được lên lịch xuất bản lúc Thứ hai, 07/12/2026 06:12.");
    expect(say("en", scheduled)).toBe("“Tin” is scheduled to be published at Monday, 07/12/2026 06:12.");
  });

  it("keep a title or a note as typed, braces and quotes included", () => {
    expect(text("en", "notify.returned", { actor: "Đức", title: "{x} 'y'", note: "#1 <b>" })).toBe("Đức returned “{x} 'y'”: #1 <b>");
  });

  it("travel through zod as its message and come back whole", () => {
    const message = zodMessage("validation.tooLong", { field: phrase("validation.fields.title"), max: 300 });
    expect(fromZodMessage(message)).toEqual({ key: "validation.tooLong", values: { field: { key: "validation.fields.title" }, max: 300 } });
    const issue = z.string().max(1, message).safeParse("ab").error!.issues[0]!;
    expect(say("en", issue.message)).toBe("Title is longer than 300 characters.");
    expect(say("vi", issue.message)).toBe("Tiêu đề dài quá 300 ký tự.");
    // Anything else is said as it is, even when it looks like a key.
    expect(say("en", "Bài đã bị gỡ.")).toBe("Bài đã bị gỡ.");
    expect(say("en", "no.such.key")).toBe("no.such.key");
  });
});

describe("labels lib/ puts on screen", () => {
  it("keep their Vietnamese names and have English ones", () => {
    expect(statusLabels.in_review).toBe("Đang biên tập");
    expect(statusLabel("in_review", "en")).toBe("In review");
    expect(eventLabel("publish")).toBe("Xuất bản ngay");
    expect(eventLabel("publish", "en")).toBe("Publish now");
    expect(trailLabel("takeover", "en")).toBe("Taken over");
    expect(trailLabel("mystery", "en")).toBe("mystery");
    expect(moveDoneMessage("claim", "en")).toBe("Claimed. You are holding this story.");
    expect(diffFieldLabel("seoTitle", "en")).toBe("SEO title");
    expect(revisionKindLabel("current", "en")).toBe("Current version");
  });

  it("name the audit trail's actions, fields and moves in the reader's language", () => {
    expect(auditActionLabel("story.return")).toBe("Trả bài");
    expect(auditActionLabel("story.return", "en")).toBe("Return");
    expect(auditActionLabel("user.password_link", "en")).toBe("Made a password link");
    expect(auditActionLabel("widget.frobnicate", "en")).toBe("widget.frobnicate");
    const said = (locale: "vi" | "en") => ({
      locale,
      timeZone: "Asia/Ho_Chi_Minh",
      person: () => undefined,
      story: () => undefined,
      section: () => undefined,
      media: () => undefined,
      entityLabel: "Hà",
    });
    expect(auditSentence("user.role", { before: { role: "reporter" }, after: { role: "editor" } }, "user", said("en")).text).toBe(
      "Changed Hà's role from Reporter to Editor; no session had to end.",
    );
    expect(auditSentence("widget.frobnicate", { name: "Hà", password: "x", hidden: true }, "user", said("en")).text).toBe(
      "Full name: “Hà”; Other detail: [hidden]; Hidden: yes",
    );
    expect(transitionSentence("draft", "submitted", "Gấp", said("en"))).toBe("Moved the story from Draft to Submitted. Note: Gấp");
    expect(transitionSentence("draft", "submitted", "Gấp", said("vi"))).toBe("Chuyển bài từ Nháp sang Chờ duyệt. Ghi chú: Gấp");
    const [stories] = actionOptions("en");
    expect(stories!.label).toBe("Stories");
    expect(stories!.options[0]).toEqual({ value: "story.", label: "Stories: every action" });
    expect(stories!.options).toContainEqual({ value: "story.unpublish", label: "Take down" });
  });
});
