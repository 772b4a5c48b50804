// The demo's nhuận bút, made by the real commands (gradeWork, approveMonth, closeMonth) as the
// chief editor, who holds the grants to grade and approve: last month's published works graded,
// approved and closed (chốt), this month's older works graded in an open month. The newest works
// of this month and the fixture story are left for the grader. Two collaborators (cộng tác viên)
// without a log-in write under pen names of the demo bylines; one also signs "PV", a pen name
// several people share, which therefore resolves to nobody.
import type { Database } from "@/db/client";
import * as t from "@/db/schema";
import type { Actor } from "@/lib/policy/policy";
import type { CommandResult } from "@/lib/actions/command";
import { gradeWork, type GradeWorkInput } from "@/lib/royalties/grading";
import { equalShares } from "@/lib/royalties/money";
import { approveMonth, closeMonth } from "@/lib/royalties/month";
import { monthOf, previousMonth } from "@/lib/royalties/months";
import { penNameKey, resolvePenNames, type PersonRef } from "@/lib/royalties/payees";
import { defaultKindOf, loadRoyaltySettings } from "@/lib/royalties/settings";
import { defaultSettings } from "@/lib/settings/settings";

export const demoCollaborators = [
  { name: "Hoàng Đức Hải", penNames: ["ĐỨC HẢI"], phone: "0912 345 678" },
  { name: "Lý Thị Lệ Thu", penNames: ["LỆ THU", "PV"], phone: "0987 654 321" },
] as const;

/** A story the demo may grade: published (or taken down since) before the seed's moment. */
export type GradableStory = { id: number; key: string; kind: t.StoryKind; authorId: number; byline: readonly string[]; publishedAt: Date };

/** Works of this month published at least this many days ago are graded; newer ones wait for the grader. */
const UNGRADED_DAYS = 3;

// Grades varied by the work's place in its month, the way a desk grades: most are articles (Bài)
// around the suggested grade, every third a news item (Tin).
const articleGrades = ["6", "8", "5,5", "7"];

function unwrap<T>(result: CommandResult<T>, what: string): T {
  if (!result.ok) throw new Error(`demo royalties: ${what}: ${result.error}`);
  return result.data;
}

export async function seedDemoRoyalties(
  tx: Database,
  { chief, users, stories, now }: { chief: Actor; users: Map<string, number>; stories: readonly GradableStory[]; now: Date },
): Promise<{ closedMonth: string; openMonth: string; graded: number }> {
  const editorId = users.get("bientap")!;
  await tx.insert(t.payees).values(
    demoCollaborators.map((c) => ({
      kind: "collaborator" as const,
      name: c.name,
      penNames: [...c.penNames],
      penNameKeys: c.penNames.map(penNameKey),
      phone: c.phone,
      createdById: users.get("quantri"),
    })),
  );

  const settings = await loadRoyaltySettings(tx);
  const timeZone = defaultSettings.timeZone;
  const openMonth = monthOf(now, timeZone);
  const closedMonth = previousMonth(openMonth);
  const cutoff = now.getTime() - UNGRADED_DAYS * 86_400_000;
  const inMonth = (month: string, recentToo: boolean) =>
    stories
      .filter((s) => monthOf(s.publishedAt, timeZone) === month && (recentToo || s.publishedAt.getTime() <= cutoff))
      .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.id - b.id);

  const grade = async (story: GradableStory, i: number) => {
    // The byline's pen names resolved to their people; a name nobody (or several) signs stands for
    // the story's own writer.
    const resolved = await resolvePenNames(tx, story.byline, settings.sharedPenNames);
    const people = new Map<string, PersonRef>();
    for (const r of resolved) {
      const ref: PersonRef = r.status === "resolved" ? r.candidates[0]!.ref : { userId: story.authorId };
      people.set("userId" in ref ? `u${ref.userId}` : `p${ref.payeeId}`, ref);
    }
    if (!people.size) people.set(`u${story.authorId}`, { userId: story.authorId });
    const refs = [...people.values()];
    const shares = equalShares(refs.length);
    const news = i % 3 === 2;
    const input: GradeWorkInput = {
      storyId: story.id,
      kindCode: news ? "tin" : defaultKindOf(settings, story.kind),
      grade: news ? "3" : articleGrades[i % articleGrades.length]!,
      authors: refs.map((person, n) => ({ person, share: shares[n]! })),
      // The desk editor's thù lao for editing, unless the work is their own.
      remuneration: people.has(`u${editorId}`) ? [] : [{ person: { userId: editorId }, kindCode: "bien_tap", grade: "1" }],
    };
    unwrap(await gradeWork(tx, chief, input), `grading story ${story.key}`);
  };

  const last = inMonth(closedMonth, true);
  for (const [i, story] of last.entries()) await grade(story, i);
  if (last.length) {
    unwrap(await approveMonth(tx, chief, { month: closedMonth }), `approving ${closedMonth}`);
    unwrap(await closeMonth(tx, chief, { month: closedMonth }), `closing ${closedMonth}`);
  }
  const current = inMonth(openMonth, false);
  for (const [i, story] of current.entries()) await grade(story, i);
  return { closedMonth, openMonth, graded: last.length + current.length };
}
