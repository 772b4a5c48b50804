import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/db/client";
import { makePerson, makeSection, makeStory } from "@/db/factories";
import { openTestDatabase } from "@/db/testing";
import { editorialNotes, notifications, storyAuthors, storyTransitions, type StoryStatus } from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import { bodyFromBlocks } from "@/lib/stories/body";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import { addNote } from "./commands";
import { getNotesThread, listStoryNotes } from "./queries";

let handle: DatabaseHandle;
const people: Record<string, Actor> = {};
let sectionId: number;

beforeAll(async () => {
  handle = await openTestDatabase();
  people.ha = await makePerson(handle.db, "reporter", { name: "Nguyễn Thu Hà", penName: "THU HÀ" });
  people.dung = await makePerson(handle.db, "reporter", { name: "Lê Phương Dung" });
  people.duc = await makePerson(handle.db, "editor", { name: "Trần Minh Đức" });
  people.chief = await makePerson(handle.db, "chief_editor", { name: "Hoàng Văn Đạt" });
  people.admin = await makePerson(handle.db, "admin");
  ({ id: sectionId } = await makeSection(handle.db, { slug: "chinh-tri", name: "Chính trị" }));
});
afterAll(async () => handle?.close());

const complete = (): StoryFields => ({
  ...emptyStoryFields("THU HÀ"),
  title: "Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh",
  sapo: "Chiều nay (28/6), Ban Tổ chức Trung ương tổ chức hội nghị trực tuyến.",
  body: bodyFromBlocks([{ type: "paragraph", text: "Tại điểm cầu tỉnh Lạng Sơn, dự hội nghị có lãnh đạo Ban Tổ chức Tỉnh ủy." }]),
  sectionId,
});

/** A story of Hà's in a state, through Đức's and the chief editor's hands; in review held by heldBy. */
async function storyIn(status: StoryStatus, heldBy: Actor | null = null) {
  const story = await makeStory(handle.db, { ...complete(), status, author: people.ha!, desk: people.duc!, chief: people.chief!, holder: heldBy });
  return story.id;
}

const notesOf = (id: number) => handle.db.select().from(editorialNotes).where(eq(editorialNotes.storyId, id));
const inbox = (who: Actor, storyId: number) =>
  handle.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, who.id))
    .then((rows) => rows.filter((n) => n.storyId === storyId));

describe("who may write a note", () => {
  it("lets the author write on their own draft, and nobody else", async () => {
    const id = await storyIn("draft");
    expect(await addNote(handle.db, people.ha!, { storyId: id, body: "Ghi chú cho chính mình" })).toMatchObject({ ok: true });
    for (const who of ["dung", "duc", "chief", "admin"]) {
      expect(await addNote(handle.db, people[who]!, { storyId: id, body: "Chen ngang" }), who).toMatchObject({ ok: false, code: "not_found" });
    }
    expect(await notesOf(id)).toHaveLength(1);
  });

  it("lets the desk write once the story is sent to it, but not another reporter or the admin", async () => {
    for (const status of ["submitted", "in_review", "approved", "scheduled", "published", "unpublished"] as const) {
      const id = await storyIn(status, status === "in_review" ? people.duc! : null);
      for (const who of ["ha", "duc", "chief"]) {
        expect(await addNote(handle.db, people[who]!, { storyId: id, body: `Ghi chú của ${who}` }), `${who} on ${status}`).toMatchObject({ ok: true });
      }
      expect(await addNote(handle.db, people.dung!, { storyId: id, body: "Chen ngang" }), `dung on ${status}`).toMatchObject({ ok: false, code: "not_found" });
      expect(await addNote(handle.db, people.admin!, { storyId: id, body: "Chen ngang" }), `admin on ${status}`).toMatchObject({
        ok: false,
        code: "not_found",
      });
      expect(await notesOf(id), status).toHaveLength(3);
    }
  });

  it("trims the note, refuses an empty or too long one in Vietnamese, and stores NFC", async () => {
    const id = await storyIn("submitted");
    const empty = await addNote(handle.db, people.duc!, { storyId: id, body: "   \n " });
    expect(empty).toMatchObject({ ok: false, code: "invalid" });
    expect(empty.ok ? "" : empty.error).toContain("Vui lòng viết nội dung ghi chú.");
    const long = await addNote(handle.db, people.duc!, { storyId: id, body: "a".repeat(4001) });
    expect(long.ok ? "" : long.error).toContain("Ghi chú dài quá 4000 ký tự.");
    expect(await addNote(handle.db, people.duc!, { storyId: id, body: "a".repeat(4000) })).toMatchObject({ ok: true });
    await addNote(handle.db, people.duc!, { storyId: id, body: "  Sửa lại chữ “Đảng” ở sapo.  ".normalize("NFD") });
    expect((await notesOf(id)).map((n) => n.body).at(-1)).toBe("Sửa lại chữ “Đảng” ở sapo.");
  });
});

describe("notifications of a note", () => {
  it("tells the authors and the editor holding the story, never the writer", async () => {
    const id = await storyIn("in_review", people.duc);
    await handle.db.insert(storyAuthors).values({ storyId: id, userId: people.dung!.id, position: 1 });

    await addNote(handle.db, people.chief!, { storyId: id, body: "Bổ sung số liệu năm 2026." });
    for (const who of ["ha", "dung", "duc"]) {
      const got = await inbox(people[who]!, id);
      expect(got, who).toHaveLength(1);
      expect(got[0], who).toMatchObject({ kind: "note", actorId: people.chief!.id, readAt: null });
      expect(got[0]!.message).toBe(
        "Hoàng Văn Đạt ghi chú bài “Phấn đấu xây dựng ngành tổ chức xây dựng Đảng trong sạch, vững mạnh”: Bổ sung số liệu năm 2026.",
      );
    }
    expect(await inbox(people.chief!, id)).toHaveLength(0);

    // The reporter answers: the co-author and the holder hear of it, she does not.
    await addNote(handle.db, people.ha!, { storyId: id, body: "Đã bổ sung." });
    expect(await inbox(people.ha!, id)).toHaveLength(1);
    expect(await inbox(people.dung!, id)).toHaveLength(2);
    expect(await inbox(people.duc!, id)).toHaveLength(2);
    expect(await inbox(people.chief!, id)).toHaveLength(0);
  });

  it("tells nobody when the only author writes on a story nobody holds", async () => {
    const id = await storyIn("submitted");
    await addNote(handle.db, people.ha!, { storyId: id, body: "Em gửi thêm ảnh sau." });
    const all = await handle.db.select().from(notifications).where(eq(notifications.storyId, id));
    expect(all).toHaveLength(0);
  });
});

describe("the thread", () => {
  it("reads oldest first with names, roles and the move a note came with", async () => {
    const id = await storyIn("in_review", people.duc);
    await addNote(handle.db, people.duc!, { storyId: id, body: "Sapo dài quá." });
    // A Trả bài note, as the workflow writes it: the transition and the note together.
    const [move] = await handle.db
      .insert(storyTransitions)
      .values({ storyId: id, event: "return", fromStatus: "in_review", toStatus: "draft", note: "Viết lại đoạn kết.", actorId: people.duc!.id, version: 9 })
      .returning({ id: storyTransitions.id });
    await handle.db
      .insert(editorialNotes)
      .values({ storyId: id, authorId: people.duc!.id, body: "Viết lại đoạn kết.", transitionId: move!.id, createdAt: new Date(Date.now() + 1000) });
    await handle.db.insert(editorialNotes).values({ storyId: id, authorId: people.ha!.id, body: "Vâng ạ.", createdAt: new Date(Date.now() + 2000) });

    const thread = await listStoryNotes(handle.db, people.ha!, id);
    expect(thread!.map((n) => [n.authorName, n.roleLabel, n.transitionLabel, n.body])).toEqual([
      ["Trần Minh Đức", "Biên tập viên", null, "Sapo dài quá."],
      ["Trần Minh Đức", "Biên tập viên", "Trả bài", "Viết lại đoạn kết."],
      ["Nguyễn Thu Hà", "Phóng viên", null, "Vâng ạ."],
    ]);
    expect(await listStoryNotes(handle.db, people.chief!, id)).toHaveLength(3);
    expect(await listStoryNotes(handle.db, people.dung!, id)).toBeNull();
    expect(await listStoryNotes(handle.db, people.admin!, id)).toBeNull();
    expect(await listStoryNotes(handle.db, people.ha!, 999_999)).toBeNull();
  });

  it("tells the page whether the actor may write in the thread", async () => {
    const draft = await storyIn("draft");
    expect(await getNotesThread(handle.db, people.ha!, draft)).toMatchObject({ notes: [], canWrite: true });
    expect(await getNotesThread(handle.db, people.duc!, draft)).toBeNull();
    const sent = await storyIn("submitted");
    expect(await getNotesThread(handle.db, people.duc!, sent)).toMatchObject({ canWrite: true });
    expect(await getNotesThread(handle.db, people.admin!, sent)).toBeNull();
  });
});
