// The hardening issue's ninth point: NUL and other control characters in any text input are
// refused with a clear message, never a server error; tabs and line ends stay, a vertical tab
// (Word's manual line break) becomes a line break.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineCommand } from "@/lib/actions/command";
import { controlCharacterMessage, withoutControlCharacters } from "./validation";

describe("control characters", () => {
  it("keeps tabs and line ends and turns a vertical tab into a line break", () => {
    expect(withoutControlCharacters({ text: "Sapo\tmột\r\ndòng\u000bhai", tags: ["a\u000bb"] })).toEqual({
      ok: true,
      value: { text: "Sapo\tmột\r\ndòng\nhai", tags: ["a\nb"] },
    });
  });

  it.each(["\u0000", "\u0001", "\u0008", "\u000c", "\u001b", "\u007f", "\u0085", "\u009f"])("refuses %j anywhere in the input", (character) => {
    expect(withoutControlCharacters({ q: `xây${character}dựng` }).ok).toBe(false);
    expect(withoutControlCharacters({ nested: [{ deep: character }] }).ok).toBe(false);
  });

  it("leaves Vietnamese text, numbers and files alone", () => {
    const file = new File(["x"], "a.txt");
    const checked = withoutControlCharacters({ title: "Phấn đấu xây dựng Đảng", id: 7, file, none: null });
    expect(checked).toEqual({ ok: true, value: { title: "Phấn đấu xây dựng Đảng", id: 7, file, none: null } });
  });

  it("makes every command refuse it in Vietnamese before its body runs", async () => {
    let ran = false;
    const command = defineCommand(z.object({ q: z.string() }), async (_input, ctx) => {
      ran = true;
      ctx.authorize("newsroom.enter");
      return null;
    });
    const result = await command({} as never, { id: 1, role: "editor", name: "Trần Minh Đức", penName: "MINH ĐỨC" }, { q: "tin\u0000" });
    expect(result).toEqual({ ok: false, error: controlCharacterMessage, code: "invalid" });
    expect(ran).toBe(false);
  });
});
