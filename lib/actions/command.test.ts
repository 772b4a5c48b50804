import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/policy/policy";
import { CommandError, defineCommand } from "./command";

// These commands never touch the database; the wrapper's contract is what is tested here.
const db = {} as Database;
const reporter: Actor = { id: 1, role: "reporter", name: "Hà", penName: "THU HÀ" };
const admin: Actor = { id: 2, role: "admin", name: "Quân", penName: "QUÂN" };

const echo = defineCommand(z.object({ title: z.string().min(1, "Vui lòng nhập tiêu đề.") }), async (input, ctx) => {
  ctx.authorize("story.create");
  return input.title;
});

describe("commands", () => {
  it("run for an allowed actor with valid input", async () => {
    expect(await echo(db, reporter, { title: "Tin mới" })).toEqual({ ok: true, data: "Tin mới" });
  });
  it("refuse a signed-out visitor before anything else", async () => {
    expect(await echo(db, null, { title: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });
  it("refuse invalid input with the field's Vietnamese message", async () => {
    const result = await echo(db, reporter, { title: "" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { title: "Vui lòng nhập tiêu đề." } });
  });
  it("refuse an actor the policy refuses", async () => {
    expect(await echo(db, admin, { title: "x" })).toMatchObject({ ok: false, code: "forbidden", error: "Bạn không có quyền thực hiện thao tác này." });
  });
  it("withhold the result of a body that never asked the policy", async () => {
    const careless = defineCommand(z.object({}), async () => "secret");
    const result = await careless(db, reporter, {});
    expect(result).toMatchObject({ ok: false, code: "server" });
  });
  it("pass a command error's message and details through", async () => {
    const conflict = defineCommand(z.object({}), async (_input, ctx) => {
      ctx.authorize("story.create");
      throw new CommandError("Bài đã được người khác sửa.", "conflict", { by: "Minh Đức" });
    });
    expect(await conflict(db, reporter, {})).toEqual({ ok: false, error: "Bài đã được người khác sửa.", code: "conflict", details: { by: "Minh Đức" } });
  });
});
