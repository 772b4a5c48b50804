import { describe, expect, it } from "vitest";
import { wayBack } from "./way-back";

describe("the editor's way back", () => {
  it("takes a reporter back to Bài của tôi, whatever the story's state", () => {
    expect(wayBack({ role: "reporter", status: "submitted" })).toEqual({ href: "/toa-soan", label: "backToMine" });
    expect(wayBack({ role: "reporter", status: null, from: "lich" })).toEqual({ href: "/toa-soan", label: "backToMine" });
  });

  it("takes the desk back to the queue's tab of the story's state", () => {
    expect(wayBack({ role: "editor", status: "in_review" })).toEqual({ href: "/toa-soan?status=in_review", label: "backToQueue" });
    expect(wayBack({ role: "chief_editor", status: "approved" })).toEqual({ href: "/toa-soan?status=approved", label: "backToDesk" });
    expect(wayBack({ role: "chief_editor", status: null })).toEqual({ href: "/toa-soan", label: "backToDesk" });
  });

  it("takes an editor back to their own stories from their own draft", () => {
    expect(wayBack({ role: "editor", status: "draft" })).toEqual({ href: "/toa-soan", label: "backToMine" });
  });

  it("takes the desk back to Lịch when it came from there", () => {
    expect(wayBack({ role: "editor", status: "scheduled", from: "lich" })).toEqual({ href: "/toa-soan/lich", label: "backToCalendar" });
  });
});
