// The copy of a story kept in this browser while the server does not have it yet, and the identity
// of this tab. Nothing typed may be lost: the copy is written on every change and read back when
// the editor opens after a save that never arrived (closed tab, lost connection). No React here.
import type { StoryFields } from "@/lib/stories/schemas";

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export type Backup = { fields: StoryFields; baseVersion: number | null; at: string; tab?: string };

/** A copy younger than this, written by another open tab, is that tab's to save. */
export const liveTabWindowMs = 30_000;

const tabKey = "toasoan:tab";
export const backupKey = (id: number | null) => `toasoan:bai-viet:${id ?? "moi"}`;

export type BrowserBackup = ReturnType<typeof createBrowserBackup>;

/**
 * The stores are looked up on each use: touching `localStorage` throws where the browser blocks
 * it, and a blocked store must only cost the copy, never the save.
 */
export function createBrowserBackup(stores: { local: () => StorageLike; session: () => StorageLike; newTabId?: () => string }) {
  const newTabId = stores.newTabId ?? (() => crypto.randomUUID());

  /** This browser tab, so that a copy still being written by another open tab is left to that tab. */
  function tab(): string {
    const session = stores.session();
    let id = session.getItem(tabKey);
    if (!id) {
      id = newTabId();
      session.setItem(tabKey, id);
    }
    return id;
  }

  return {
    tab,

    read(id: number | null): Backup | null {
      try {
        const raw = stores.local().getItem(backupKey(id));
        return raw ? (JSON.parse(raw) as Backup) : null;
      } catch {
        return null;
      }
    },

    write(id: number | null, backup: Omit<Backup, "tab">): void {
      try {
        stores.local().setItem(backupKey(id), JSON.stringify({ ...backup, tab: tab() }));
      } catch {
        // Storage full or disabled: the server save still runs.
      }
    },

    remove(id: number | null): void {
      try {
        stores.local().removeItem(backupKey(id));
      } catch {
        // Storage disabled: there is no copy to forget, and the save that just succeeded stands.
      }
    },

    /**
     * Whether the editor should take up this copy instead of what the server sent: it differs, and
     * it is not another tab's copy of a moment ago (that tab is editing the story right now and
     * will save its own copy).
     */
    shouldRestore(backup: Backup, stored: StoryFields, now: number): boolean {
      if (JSON.stringify(backup.fields) === JSON.stringify(stored)) return false;
      const fromLiveTab = backup.tab !== tab() && now - new Date(backup.at).getTime() < liveTabWindowMs;
      return !fromLiveTab;
    },
  };
}
