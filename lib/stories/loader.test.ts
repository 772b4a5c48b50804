// The one story loader: what it answers for a read and for a command, on the real database.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { stories, type Section } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import { defineCommand } from "@/lib/actions/command";
import type { Actor } from "@/lib/policy/policy";
import { LOCK_TTL_MS } from "@/lib/workflow/scope";
import { z } from "zod";
import { openStory, readStory } from "./loader";

let handle: DatabaseHandle;
let reporter: Actor;
let other: Actor;
let editor: Actor;
let section: Section;

beforeAll(async () => {
  handle = await openTestDatabase();
  [reporter, other, editor] = await Promise.all([makePerson(handle.db, "reporter"), makePerson(handle.db, "reporter"), makePerson(handle.db, "editor")]);
  section = await makeSection(handle.db);
});
afterAll(async () => handle?.close());

const open = defineCommand(z.object({ id: z.number(), version: z.number().optional() }), ({ id, version }, ctx) =>
  ctx.db.transaction(async (tx) => (await openStory(tx, ctx, id, { action: "story.edit", version })).version),
);

describe("reading a story", () => {
  it("answers the same nothing for a story that does not exist and for someone else's draft", async () => {
    const draft = await makeStory(handle.db, { status: "draft", author: reporter, section });
    expect(await readStory(handle.db, reporter, draft.id)).not.toBeNull();
    expect(await readStory(handle.db, other, draft.id)).toBeNull();
    expect(await readStory(handle.db, other, 987_654)).toBeNull();
  });

  it("sees a hold that lapsed as nobody's, and a scheduled story whose time has passed as published", async () => {
    const held = await makeStory(handle.db, { status: "in_review", author: reporter, holder: editor, section });
    await handle.db
      .update(stories)
      .set({ heldAt: new Date(Date.now() - LOCK_TTL_MS - 1000) })
      .where(eq(stories.id, held.id));
    expect((await readStory(handle.db, editor, held.id))?.scope.heldById).toBeNull();
    const due = await makeStory(handle.db, { status: "scheduled", author: reporter, section, publishedAt: new Date(Date.now() - 60_000) });
    expect((await readStory(handle.db, reporter, due.id))?.status).toBe("published");
  });
});

describe("opening a story for a command", () => {
  it("says not found before it says forbidden, and conflict only to those allowed", async () => {
    const draft = await makeStory(handle.db, { status: "draft", author: reporter, section });
    expect(await open(handle.db, other, { id: draft.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await open(handle.db, reporter, { id: draft.id, version: draft.version - 1 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await open(handle.db, reporter, { id: draft.id, version: draft.version })).toEqual({ ok: true, data: draft.version });
    const published = await makeStory(handle.db, { status: "published", author: reporter, section });
    expect(await open(handle.db, editor, { id: published.id, version: 0 })).toMatchObject({ ok: false, code: "forbidden" });
  });
});
