// The draft's save cycle on fake timers, against a fake server that answers when told to.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CommandResult } from "@/lib/actions/command";
import type { SavedStory } from "@/lib/stories/commands";
import { emptyStoryFields, type StoryFields } from "@/lib/stories/schemas";
import { createBrowserBackup, type StorageLike } from "./browser-backup";
import { autosaveDelayMs, hasUnsentChanges, initialDraft, retryDelayMs, waitingForNetwork, type SaveRequest } from "./draft-reducer";
import { createDraftSession } from "./draft-session";

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

const stored: StoryFields = { ...emptyStoryFields("PHƯƠNG DUNG"), title: "Lạng Sơn khánh thành cầu treo bản Khuổi Mỏ" };

/** Holds every request until the test answers it, like a server that takes its time. */
class FakeServer {
  fields: StoryFields | null;
  version: number;
  nextId = 42;
  reachable = true;
  /** Answered instead of saving, as a command refuses invalid input. */
  refusal: CommandResult<SavedStory> | null = null;
  requests: SaveRequest[] = [];
  private pending: { request: SaveRequest; resolve: (r: CommandResult<SavedStory>) => void; reject: (e: unknown) => void }[] = [];
  inFlight = 0;
  mostInFlight = 0;

  constructor(start: { fields: StoryFields | null; version: number }) {
    this.fields = start.fields;
    this.version = start.version;
  }

  send = (request: SaveRequest): Promise<CommandResult<SavedStory>> => {
    this.requests.push(request);
    this.inFlight += 1;
    this.mostInFlight = Math.max(this.mostInFlight, this.inFlight);
    return new Promise((resolve, reject) => this.pending.push({ request, resolve, reject }));
  };

  /** Someone else saves the story: the writer's version is now old. */
  changedBy(fields: StoryFields) {
    this.fields = fields;
    this.version += 1;
  }

  /** Answers the oldest request as the real commands would, and lets the answer arrive. */
  async answer() {
    const next = this.pending.shift();
    if (!next) throw new Error("no request to answer");
    this.inFlight -= 1;
    const { request } = next;
    if (!this.reachable) next.reject(new TypeError("Failed to fetch"));
    else if (this.refusal) next.resolve(this.refusal);
    else if (request.id !== null && request.baseVersion !== this.version && !request.replaces)
      next.resolve({
        ok: false,
        code: "conflict",
        error: "Bài đã được Lê Phương Dung sửa sau khi bạn mở. Nội dung của bạn vẫn còn trên màn hình.",
        details: { currentVersion: this.version, updatedById: 2, updatedByName: "Lê Phương Dung", updatedAt: new Date().toISOString() },
      });
    else {
      this.fields = structuredClone(request.fields);
      this.version = request.id === null ? 1 : this.version + 1;
      const id = request.id ?? this.nextId;
      next.resolve({ ok: true, data: { id, version: this.version, updatedAt: new Date().toISOString(), slug: "", status: "draft" } });
    }
    await vi.advanceTimersByTimeAsync(0);
  }

  get waiting() {
    return this.pending.length;
  }
}

function setUp({ id = 7, version = 3, autosaves = true }: { id?: number | null; version?: number | null; autosaves?: boolean } = {}) {
  const local = new MemoryStorage();
  const backup = createBrowserBackup({ local: () => local, session: () => new MemoryStorage(), newTabId: () => "tab-1" });
  const server = new FakeServer({ fields: id === null ? null : stored, version: version ?? 0 });
  const addresses: number[] = [];
  const start = id === null ? emptyStoryFields("PHƯƠNG DUNG") : stored;
  const session = createDraftSession({
    initial: initialDraft({ fields: start, id, version, savedAt: null, autosaves }),
    send: server.send,
    backup,
    replaceAddress: (newId) => addresses.push(newId),
  });
  const disconnect = session.connect();
  const later = (ms: number) => vi.advanceTimersByTimeAsync(ms);
  const copyInBrowser = () => backup.read(session.getState().id)?.fields ?? null;
  return { session, server, backup, addresses, later, copyInBrowser, disconnect, state: session.getState };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-24T03:00:00.000Z"));
});
afterEach(() => {
  vi.useRealTimers();
});

describe("autosave", () => {
  it("saves a few seconds after typing stops, not while typing goes on", async () => {
    const { session, server, later, state, copyInBrowser } = setUp();

    session.edit({ sapo: "– Sáng nay (24/11)," });
    expect(state().status).toBe("dirty");
    expect(copyInBrowser()?.sapo).toBe("– Sáng nay (24/11),");
    await later(2_000);
    session.edit({ sapo: "– Sáng nay (24/11), huyện Bình Gia khánh thành cầu treo." });
    await later(autosaveDelayMs - 1);
    expect(server.requests).toHaveLength(0);

    await later(1);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      id: 7,
      baseVersion: 3,
      replaces: false,
      fields: { sapo: "– Sáng nay (24/11), huyện Bình Gia khánh thành cầu treo." },
    });
    expect(state().status).toBe("saving");
    expect(hasUnsentChanges(state())).toBe(true);

    await server.answer();
    expect(state()).toMatchObject({ status: "saved", version: 4, savedAt: "2026-11-24T03:00:05.000Z" });
    expect(hasUnsentChanges(state())).toBe(false);
    expect(copyInBrowser()).toBeNull();
    await later(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("'Lưu nháp' saves at once, and the timer does not send it again", async () => {
    const { session, server, later, state } = setUp();
    session.edit({ title: "Cầu treo Khuổi Mỏ" });
    session.saveNow();
    expect(server.requests).toHaveLength(1);
    await server.answer();
    expect(state().status).toBe("saved");
    await later(60_000);
    expect(server.requests).toHaveLength(1);
  });

  it("does not save on its own where a published story changes only through Đính chính", async () => {
    const { session, server, later, state, copyInBrowser } = setUp({ autosaves: false });
    session.edit({ title: "Cầu treo Khuổi Mỏ, xã Tân Tri" });
    await later(60_000);
    expect(server.requests).toHaveLength(0);
    expect(hasUnsentChanges(state())).toBe(true);
    expect(copyInBrowser()?.title).toBe("Cầu treo Khuổi Mỏ, xã Tân Tri");
  });

  it("creates a new story on its first save, which then gets its address and its copy under its id", async () => {
    const { session, server, later, state, addresses, backup } = setUp({ id: null, version: null });
    session.edit({ title: "Tin viết lúc mất mạng" });
    expect(backup.read(null)?.fields.title).toBe("Tin viết lúc mất mạng");
    await later(autosaveDelayMs);
    expect(server.requests[0]).toMatchObject({ id: null, fields: { title: "Tin viết lúc mất mạng" } });
    session.edit({ sapo: "Gõ thêm khi đang lưu." });

    await server.answer();
    expect(addresses).toEqual([42]);
    expect(state()).toMatchObject({ id: 42, version: 1, status: "dirty" });
    expect(backup.read(null)).toBeNull();
    expect(backup.read(42)).toMatchObject({ baseVersion: 1, fields: { sapo: "Gõ thêm khi đang lưu." } });
    await later(autosaveDelayMs);
    expect(server.requests[1]).toMatchObject({ id: 42, baseVersion: 1 });
  });
});

describe("offline", () => {
  it("keeps the text when a save cannot reach the server, retries, and sends it when the network is back", async () => {
    const { session, server, later, state, copyInBrowser } = setUp();
    server.reachable = false;
    session.edit({ sapo: "Câu này được gõ khi máy chủ không trả lời." });
    await later(autosaveDelayMs);
    await server.answer();

    expect(state().status).toBe("offline");
    expect(state().fields.sapo).toBe("Câu này được gõ khi máy chủ không trả lời.");
    expect(copyInBrowser()?.sapo).toBe("Câu này được gõ khi máy chủ không trả lời.");
    expect(hasUnsentChanges(state())).toBe(true);

    await later(retryDelayMs - 1);
    expect(server.requests).toHaveLength(1);
    await later(1);
    expect(server.requests).toHaveLength(2);
    await server.answer();
    expect(state().status).toBe("offline");

    // The browser says the network is back: sent a few seconds later, like a fresh change.
    server.reachable = true;
    session.online();
    expect(state().status).toBe("dirty");
    await later(autosaveDelayMs);
    expect(server.requests).toHaveLength(3);
    await server.answer();
    expect(state().status).toBe("saved");
    expect(server.fields?.sapo).toBe("Câu này được gõ khi máy chủ không trả lời.");
    expect(copyInBrowser()).toBeNull();
  });

  it("holds a save while the browser is offline and sends the latest text as soon as it is online", async () => {
    const { session, server, later, state } = setUp();
    session.offline();
    session.edit({ sapo: "Viết trên xe," });
    await later(autosaveDelayMs);
    expect(server.requests).toHaveLength(0);
    expect(state().status).toBe("saving");
    expect(waitingForNetwork(state())).toBe(true);
    session.edit({ sapo: "Viết trên xe, qua vùng không có sóng." });
    await later(60_000);
    expect(server.requests).toHaveLength(0);

    session.online();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.fields.sapo).toBe("Viết trên xe, qua vùng không có sóng.");
    await server.answer();
    expect(state().status).toBe("saved");
  });
});

describe("conflict", () => {
  it("refuses a save on an old version with the other person's name, keeps the writer's text, and 'Giữ bản của tôi' saves it on top", async () => {
    const { session, server, later, state, copyInBrowser } = setUp();
    server.changedBy({ ...stored, sapo: "Sapo viết ở thẻ thứ nhất." });
    session.edit({ sapo: "Sapo viết ở thẻ thứ hai." });
    await later(autosaveDelayMs);
    await server.answer();

    expect(state().status).toBe("conflict");
    expect(state().conflict).toMatchObject({ updatedByName: "Lê Phương Dung", currentVersion: 4 });
    expect(state().fields.sapo).toBe("Sapo viết ở thẻ thứ hai.");
    expect(copyInBrowser()?.sapo).toBe("Sapo viết ở thẻ thứ hai.");

    // Typing on does not hide the conflict, and nothing is sent over the other person's version.
    session.edit({ title: "Cầu treo Khuổi Mỏ" });
    expect(state().status).toBe("conflict");
    await later(60_000);
    expect(server.requests).toHaveLength(1);

    session.keepMine();
    expect(server.requests[1]).toMatchObject({ baseVersion: 4, replaces: true, fields: { sapo: "Sapo viết ở thẻ thứ hai.", title: "Cầu treo Khuổi Mỏ" } });
    await server.answer();
    expect(state()).toMatchObject({ status: "saved", conflict: null, version: 5 });
    expect(server.fields?.sapo).toBe("Sapo viết ở thẻ thứ hai.");
  });

  it("shows any other refusal, and saves again once the writer types", async () => {
    const { session, server, later, state, copyInBrowser } = setUp();
    server.refusal = { ok: false, code: "invalid", error: "Dữ liệu không hợp lệ. Tiêu đề dài quá 300 ký tự." };
    session.edit({ title: "x".repeat(301) });
    session.saveNow();
    await server.answer();
    expect(state()).toMatchObject({ status: "error", message: { kind: "error", text: "Dữ liệu không hợp lệ. Tiêu đề dài quá 300 ký tự." } });
    expect(copyInBrowser()?.title).toBe("x".repeat(301));
    await later(60_000);
    expect(server.requests).toHaveLength(1);

    server.refusal = null;
    session.edit({ title: "Tiêu đề ngắn" });
    await later(autosaveDelayMs);
    await server.answer();
    expect(state()).toMatchObject({ status: "saved", message: null });
  });
});

describe("one save at a time", () => {
  it("never sends a second save while one is under way; what was typed meanwhile is saved after it", async () => {
    const { session, server, later, state, copyInBrowser } = setUp();
    session.edit({ sapo: "Đoạn một." });
    await later(autosaveDelayMs);
    session.edit({ sapo: "Đoạn một. Đoạn hai." });
    await later(60_000);
    expect(server.requests).toHaveLength(1);

    await server.answer();
    expect(state().status).toBe("dirty");
    expect(copyInBrowser()).toMatchObject({ sapo: "Đoạn một. Đoạn hai." });
    expect(hasUnsentChanges(state())).toBe(true);
    await later(autosaveDelayMs - 1);
    expect(server.requests).toHaveLength(1);
    await later(1);
    expect(server.requests[1]).toMatchObject({ baseVersion: 4, fields: { sapo: "Đoạn một. Đoạn hai." } });
    await server.answer();
    expect(state().status).toBe("saved");
    expect(server.mostInFlight).toBe(1);
  });

  it("saves asked for during a save go out after it, and a move waits for its own save", async () => {
    const { session, server, later, state } = setUp();
    session.edit({ sapo: "Đoạn một." });
    session.saveNow();
    session.edit({ sapo: "Đoạn một. Đoạn hai." });
    session.saveNow();
    const flushed = session.flush();
    expect(server.requests).toHaveLength(1);

    await server.answer();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.fields.sapo).toBe("Đoạn một. Đoạn hai.");
    await server.answer();
    await expect(flushed).resolves.toMatchObject({ ok: true, data: { version: 5 } });
    expect(state().status).toBe("saved");
    await later(60_000);
    expect(server.requests).toHaveLength(2);
    expect(server.mostInFlight).toBe(1);
  });

  it("a move's save that cannot reach the server fails the move and keeps the text", async () => {
    const { session, server, state } = setUp();
    server.reachable = false;
    session.edit({ sapo: "Gửi duyệt khi mất mạng." });
    const flushed = session.flush();
    const failed = expect(flushed).rejects.toThrow("Failed to fetch");
    await server.answer();
    await failed;
    expect(state()).toMatchObject({ status: "offline", fields: { sapo: "Gửi duyệt khi mất mạng." } });
  });
});

describe("nothing typed is lost", () => {
  it("has every change either on the server or in the browser, whatever the network does", async () => {
    const { session, server, later, state, copyInBrowser } = setUp({ id: null, version: null });
    const latestIsKept = () => {
      const { fields } = state();
      const onServer = JSON.stringify(server.fields) === JSON.stringify(fields);
      const inBrowser = JSON.stringify(copyInBrowser()) === JSON.stringify(fields);
      expect(onServer || inBrowser, `lost: ${fields.sapo}`).toBe(true);
    };
    const steps: (() => Promise<void> | void)[] = [
      () => session.edit({ title: "Hợp tác xã thạch đen Tràng Định" }),
      () => later(autosaveDelayMs),
      () => session.edit({ sapo: "Một" }),
      () => server.answer(),
      () => void (server.reachable = false),
      () => later(autosaveDelayMs),
      () => session.edit({ sapo: "Một hai" }),
      () => server.answer(),
      () => later(retryDelayMs),
      () => session.edit({ sapo: "Một hai ba" }),
      () => server.answer(),
      () => session.offline(),
      () => later(retryDelayMs),
      () => session.edit({ sapo: "Một hai ba bốn" }),
      () => void (server.reachable = true),
      () => session.online(),
      () => session.edit({ sapo: "Một hai ba bốn năm" }),
      () => server.answer(),
      () => later(autosaveDelayMs),
      () => server.answer(),
    ];
    for (const step of steps) {
      await step();
      latestIsKept();
    }
    expect(state().status).toBe("saved");
    expect(server.fields?.sapo).toBe("Một hai ba bốn năm");
    expect(server.mostInFlight).toBe(1);
  });

  it("a copy taken up from the browser is shown with a notice and sent a few seconds later", async () => {
    const { session, server, later, state } = setUp();
    session.restore(
      { ...stored, sapo: "Đoạn này chưa kịp lưu lên máy chủ." },
      "Đã khôi phục nội dung chưa lưu từ trình duyệt (lúc 10:00); đang gửi lên máy chủ.",
    );
    expect(state()).toMatchObject({ status: "dirty", editorKey: 1, message: { kind: "info" } });
    expect(hasUnsentChanges(state())).toBe(true);
    await later(autosaveDelayMs);
    expect(server.requests[0]!.fields.sapo).toBe("Đoạn này chưa kịp lưu lên máy chủ.");
    await server.answer();
    expect(state()).toMatchObject({ status: "saved", message: null });
  });

  it("a screen that is gone saves nothing more on its own", async () => {
    const { session, server, later, disconnect, copyInBrowser } = setUp();
    session.edit({ sapo: "Gõ rồi rời trang." });
    disconnect();
    await later(60_000);
    expect(server.requests).toHaveLength(0);
    expect(copyInBrowser()?.sapo).toBe("Gõ rồi rời trang.");
  });
});

describe("after a workflow move", () => {
  it("counts what was on screen as sent and builds on the version the move made", () => {
    const { session, state } = setUp({ autosaves: false });
    session.edit({ title: "Lạng Sơn khánh thành cầu treo Khuổi Mỏ, xã Tân Tri" });
    session.moved(9);
    expect(hasUnsentChanges(state())).toBe(false);
    expect(state().version).toBe(9);
  });

  it("a move refused on an old version shows the conflict and its message", () => {
    const { session, state } = setUp();
    session.moveRefused({
      code: "conflict",
      error: "Bài đã được Lê Phương Dung sửa sau khi bạn mở.",
      details: { currentVersion: 5, updatedById: 2, updatedByName: "Lê Phương Dung", updatedAt: "2026-11-24T03:00:00.000Z" },
    });
    expect(state()).toMatchObject({ status: "conflict", conflict: { updatedByName: "Lê Phương Dung" }, message: { kind: "error" } });
    session.moveRefused({ code: "invalid", error: "Chưa gửi được: bài còn thiếu Sapo." });
    expect(state()).toMatchObject({ status: "conflict", message: { text: "Chưa gửi được: bài còn thiếu Sapo." } });
  });
});
