import { describe, expect, it } from "vitest";
import { bodyFromBlocks } from "@/lib/stories/body";
import { storyFieldsSchema, emptyStoryFields } from "@/lib/stories/schemas";
import { importedBody, importedByline } from "./story-body";

describe("a parsed story as a stored one", () => {
  const parsed = {
    body: [
      { type: "paragraph" as const, text: "Đoạn mở đầu của phóng sự." },
      { type: "subheading" as const, text: "Nỗi lo nước sạch" },
      { type: "caption" as const, text: "Người dân lấy nước từ khe núi" },
    ],
    byline: ["THU HÀ", "MINH ĐỨC"],
    bylineNote: "(tổng hợp)",
  };

  it("makes a subheading a level-2 heading of the editor's document, which a save accepts", () => {
    const body = bodyFromBlocks(importedBody(parsed));
    expect(body.content.map((node) => node.type)).toEqual(["paragraph", "heading", "figure"]);
    expect(body.content[1]).toEqual({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Nỗi lo nước sạch" }] });
    expect(storyFieldsSchema.safeParse({ ...emptyStoryFields("PV"), title: "Tiêu đề", body }).success).toBe(true);
  });

  it("keeps the byline's note after the last name, or at the end of the body when there is no name", () => {
    expect(importedByline(parsed)).toEqual(["THU HÀ", "MINH ĐỨC (tổng hợp)"]);
    expect(importedByline({ ...parsed, bylineNote: "" })).toEqual(["THU HÀ", "MINH ĐỨC"]);
    const sourceOnly = { ...parsed, byline: [], bylineNote: "(Theo TTXVN)" };
    expect(importedByline(sourceOnly)).toEqual([]);
    expect(importedBody(sourceOnly).at(-1)).toEqual({ type: "paragraph", text: "(Theo TTXVN)" });
  });
});
