import { describe, expect, it } from "vitest";
import { emptyStoryFields } from "@/lib/stories/schemas";
import { backupKey, createBrowserBackup, liveTabWindowMs, type StorageLike } from "./browser-backup";

/** A stand-in for the browser's Storage, in memory. */
class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

function setUp() {
  const local = new MemoryStorage();
  const session = new MemoryStorage();
  let n = 0;
  const backup = createBrowserBackup({ local: () => local, session: () => session, newTabId: () => `tab-${++n}` });
  return { local, session, backup };
}

const fields = { ...emptyStoryFields("THU HÀ"), title: "Lạng Sơn khánh thành cầu treo bản Khuổi Mỏ" };
const at = "2026-11-24T03:00:00.000Z";

describe("the story's copy in this browser", () => {
  it("is kept per story, a new story under 'moi', and read back as written with this tab's name", () => {
    const { local, backup } = setUp();
    backup.write(null, { fields, baseVersion: null, at });
    backup.write(42, { fields, baseVersion: 3, at });

    expect([...local.items.keys()]).toEqual(["toasoan:bai-viet:moi", "toasoan:bai-viet:42"]);
    expect(backupKey(7)).toBe("toasoan:bai-viet:7");
    expect(backup.read(42)).toEqual({ fields, baseVersion: 3, at, tab: "tab-1" });
    expect(backup.read(43)).toBeNull();
  });

  it("is forgotten once the server has it", () => {
    const { backup } = setUp();
    backup.write(42, { fields, baseVersion: 3, at });
    backup.remove(42);
    expect(backup.read(42)).toBeNull();
  });

  it("costs only the copy when the browser blocks storage or it is full, never the save", () => {
    const blocked = createBrowserBackup({
      local: () => {
        throw new DOMException("blocked", "SecurityError");
      },
      session: () => new MemoryStorage(),
    });
    expect(() => blocked.write(42, { fields, baseVersion: 3, at })).not.toThrow();
    expect(blocked.read(42)).toBeNull();
    expect(() => blocked.remove(42)).not.toThrow();

    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(() => createBrowserBackup({ local: () => full, session: () => new MemoryStorage() }).write(42, { fields, baseVersion: 3, at })).not.toThrow();
  });

  it("reads a damaged copy as none", () => {
    const { local, backup } = setUp();
    local.setItem(backupKey(42), "{not json");
    expect(backup.read(42)).toBeNull();
  });
});

describe("this tab's name", () => {
  it("is made once per tab and kept for the tab's life", () => {
    const { session, backup } = setUp();
    expect(backup.tab()).toBe("tab-1");
    expect(backup.tab()).toBe("tab-1");
    expect(session.getItem("toasoan:tab")).toBe("tab-1");
  });
});

describe("taking up a copy when the editor opens", () => {
  const stored = { ...fields, sapo: "" };
  const typed = { ...fields, sapo: "Đoạn này chưa kịp lưu lên máy chủ." };
  const now = new Date(at).getTime();

  it("takes up this tab's own copy that differs from the server's", () => {
    const { backup } = setUp();
    expect(backup.shouldRestore({ fields: typed, baseVersion: 1, at, tab: backup.tab() }, stored, now + 1_000)).toBe(true);
  });

  it("leaves a copy equal to the server's", () => {
    const { backup } = setUp();
    expect(backup.shouldRestore({ fields: stored, baseVersion: 1, at, tab: "other" }, stored, now + 60_000)).toBe(false);
  });

  it("leaves another open tab's copy of a moment ago to that tab, and takes it up once that tab is quiet", () => {
    const { backup } = setUp();
    const theirs = { fields: typed, baseVersion: 1, at, tab: "other" };
    expect(backup.shouldRestore(theirs, stored, now + liveTabWindowMs - 1)).toBe(false);
    expect(backup.shouldRestore(theirs, stored, now + liveTabWindowMs)).toBe(true);
    // A copy written before tabs were named is nobody's: taken up once it is not fresh.
    expect(backup.shouldRestore({ fields: typed, baseVersion: 1, at }, stored, now + 1_000)).toBe(false);
  });
});
