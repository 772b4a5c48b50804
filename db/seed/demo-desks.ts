// The demo paper's desks, as a merged organ (báo và phát thanh – truyền hình tỉnh) might have them:
// Ban Thời sự with its head and a photographer, Ban Kinh tế – Văn hóa, and Ban Thư ký – Biên tập,
// which owns no section. bientap@ stays on no desk (it reviews every section, as the e2e suite
// expects); thuky@ is the chief editor, paper-wide whatever its desks.
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import { inArray } from "drizzle-orm";

export type DemoDesk = { name: string; sections: readonly string[]; members: readonly { key: string; head?: boolean }[] };

export const demoDesks: readonly DemoDesk[] = [
  {
    name: "Ban Thời sự",
    sections: ["thoi-su", "chinh-tri", "quoc-phong-an-ninh", "bien-gioi", "phap-luat"],
    members: [{ key: "truongban", head: true }, { key: "phongvienanh" }, { key: "phongvien" }],
  },
  {
    name: "Ban Kinh tế – Văn hóa",
    // Du lịch, a subsection of Văn hóa - Xã hội, follows its parent.
    sections: ["kinh-te", "van-hoa-xa-hoi", "the-thao"],
    members: [{ key: "bientapkinhte" }],
  },
  { name: "Ban Thư ký – Biên tập", sections: [], members: [{ key: "thuky", head: true }] },
];

/** Writes the demo desks; returns each desk's id by name (for the demo plan). */
export async function seedDemoDesks(
  tx: Database,
  ids: { users: ReadonlyMap<string, number>; sections: ReadonlyMap<string, number> },
): Promise<Map<string, number>> {
  const made = new Map<string, number>();
  for (const [position, desk] of demoDesks.entries()) {
    const [row] = await tx.insert(t.desks).values({ name: desk.name, position }).returning({ id: t.desks.id });
    made.set(desk.name, row!.id);
    const sectionIds = desk.sections.map((slug) => ids.sections.get(slug)).filter((id): id is number => id !== undefined);
    if (sectionIds.length) await tx.update(t.sections).set({ deskId: row!.id }).where(inArray(t.sections.id, sectionIds));
    const members = desk.members.flatMap((m) => {
      const userId = ids.users.get(m.key);
      return userId === undefined ? [] : [{ deskId: row!.id, userId, head: m.head ?? false }];
    });
    if (members.length) await tx.insert(t.deskMembers).values(members);
  }
  return made;
}
