import { expect, it } from "vitest";
import { storyIdInPath } from "./address";

it("reads the story id from a story's address, whatever its slug", () => {
  expect(storyIdInPath("/chinh-tri/phan-dau-xay-dung-nganh-to-chuc-xay-dung-dang-12")).toBe(12);
  expect(storyIdInPath("/chinh-tri/12")).toBe(12);
  expect(storyIdInPath("/thoi-su/ten-cu-cua-bai-12")).toBe(12);
});

it("does not take a listing, an author or a tag for a story", () => {
  for (const path of ["/", "/chinh-tri", "/chinh-tri/trang/2", "/tac-gia/nguyen-van-an-2", "/the/2026", "/dinh-chinh/trang/3", "/chinh-tri/bai-viet"]) {
    expect(storyIdInPath(path), path).toBeNull();
  }
});
