import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/text/slug";
import { derivedColumns } from "./derived";
import { bodyFromBlocks } from "./body";
import { penNameOf, splitBylineEntry } from "./pen-name";

describe("byline entries", () => {
  it("takes the note after a pen name apart, keeping it as printed", () => {
    expect(splitBylineEntry("MINH PHƯƠNG (tổng hợp)")).toEqual({ penName: "MINH PHƯƠNG", note: "(tổng hợp)" });
    expect(splitBylineEntry("THU HÀ (theo TTXVN)")).toEqual({ penName: "THU HÀ", note: "(theo TTXVN)" });
    expect(splitBylineEntry("PV (lược dịch)")).toEqual({ penName: "PV", note: "(lược dịch)" });
    expect(splitBylineEntry("PHƯƠNG DUNG")).toEqual({ penName: "PHƯƠNG DUNG", note: "" });
    expect(penNameOf("(BBT)")).toBe("(BBT)");
  });

  it("files a story signed with a note under the pen name's author page", () => {
    const derived = derivedColumns({ title: "Tin", sapo: "", body: bodyFromBlocks([]), byline: ["MINH PHƯƠNG (tổng hợp)", "THU HÀ"] });
    expect(derived.bylineSlugs).toEqual([slugify("MINH PHƯƠNG"), slugify("THU HÀ")]);
  });
});
