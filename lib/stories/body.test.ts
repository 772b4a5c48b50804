import { describe, expect, it } from "vitest";
import { bodyFromBlocks, countWords, plainText } from "./body";

describe("story body", () => {
  it("keeps every block's text, captions included, in order", () => {
    const body = bodyFromBlocks([
      { type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị." },
      { type: "caption", text: "Các đại biểu dự hội nghị", credit: "Ảnh: VĂN ĐẠT" },
      { type: "heading", text: "Nhiệm vụ thời gian tới" },
      { type: "list", items: ["Một", "Hai"] },
      { type: "quote", text: "Trong sạch, vững mạnh" },
    ]);
    expect(plainText(body)).toBe(
      "Tại điểm cầu tỉnh Lạng Sơn,\u00a0dự hội nghị.\n\nCác đại biểu dự hội nghị Ảnh: VĂN ĐẠT\n\nNhiệm vụ thời gian tới\n\nMột\n\nHai\n\nTrong sạch, vững mạnh",
    );
    expect(body.content[1]).toMatchObject({ type: "figure", attrs: { caption: "Các đại biểu dự hội nghị", credit: "Ảnh: VĂN ĐẠT" } });
  });

  it("counts Vietnamese words separated by spaces and non-breaking spaces", () => {
    expect(countWords("Phấn đấu xây dựng ngành tổ chức")).toBe(7);
    expect(countWords("trung ương…\u00a0Đồng thời, 13/26 phần việc")).toBe(7);
    expect(countWords("", " – ")).toBe(0);
  });
});
