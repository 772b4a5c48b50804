// The royalty permission matrix: every royalty verb × role × grant set (none, each one, all) × state
// of the month acted on (open, approved, closed, or no month), against a table written from issue 15:
//   chấm nhuận bút grades works (an open month; a closed one through adjustment lines; an approved
//   month is reopened first); duyệt nhuận bút approves the month, reopens and closes it; kế toán sees
//   the month, exports it and marks it paid (from a closed month); payment details are for kế toán
//   and admins; settings and grants for admins; everyone with an account sees their own royalties.
// policy.ts also lets duyệt nhuận bút export (any month) and lets graders keep the payee list (they
// assign pen names while grading): both extend the issue without contradicting it, and are in the
// table as such. Grants never bypass a story rule (checked below), and the commands that exist ask
// exactly this policy: each is run, on the real database, by every role × grant set on months in
// every state, inside a transaction rolled back afterwards, and refuses as the table says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, DatabaseHandle } from "@/db/client";
import { makePerson } from "@/db/factories";
import { grants, royaltyMonths, roles, storyStatuses, type Grant, type Role, type RoyaltyMonthStatus } from "@/db/schema";
import { openTestDatabase } from "@/db/testing";
import type { CommandResult } from "@/lib/actions/command";
import { createPayee, readPayeeDetails } from "@/lib/payees/commands";
import { approveMonth, closeMonth, markPaid, unapproveMonth } from "@/lib/royalties/month";
import { loadRoyaltySettings } from "@/lib/royalties/settings";
import { updateRoyaltySettings } from "@/lib/royalties/settings-update";
import { setGrants } from "@/lib/users/commands";
import { can, canRoyalty, royaltyActions, type Actor, type RoyaltyAction } from "./policy";

type MonthState = RoyaltyMonthStatus | "none";
const monthStates: readonly MonthState[] = ["open", "approved", "closed", "none"];
const anyMonth = monthStates;

/** Who may, and on which months: a role, or any one of the grants, and a month in one of the states. */
type Rule = { roles?: readonly Role[]; grants?: readonly Grant[]; months: readonly MonthState[] };

const table: Record<RoyaltyAction, Rule> = {
  "royalty.own": { roles: roles, months: anyMonth },
  "royalty.month.view": { grants: ["royalty.grade", "royalty.approve", "royalty.accounting"], months: anyMonth },
  "royalty.grade": { grants: ["royalty.grade"], months: ["open", "closed"] },
  "royalty.month.approve": { grants: ["royalty.approve"], months: ["open"] },
  "royalty.month.unapprove": { grants: ["royalty.approve"], months: ["approved"] },
  "royalty.month.close": { grants: ["royalty.approve"], months: ["approved"] },
  "royalty.export": { grants: ["royalty.accounting", "royalty.approve"], months: ["open", "approved", "closed"] },
  "royalty.pay": { grants: ["royalty.accounting"], months: ["closed"] },
  "payees.manage": { roles: ["admin"], grants: ["royalty.grade", "royalty.accounting"], months: anyMonth },
  "payees.details": { roles: ["admin"], grants: ["royalty.accounting"], months: anyMonth },
  "royalty.settings": { roles: ["admin"], months: anyMonth },
  "grants.manage": { roles: ["admin"], months: anyMonth },
};

const grantSets: readonly (readonly Grant[])[] = [[], ...grants.map((g) => [g]), grants];
const label = (set: readonly Grant[]) => (set.length === 0 ? "no grant" : set.length === grants.length ? "all grants" : set.join("+"));

function expected(action: RoyaltyAction, role: Role, held: readonly Grant[], month: MonthState): boolean {
  const rule = table[action];
  const who = (rule.roles?.includes(role) ?? false) || (rule.grants?.some((g) => held.includes(g)) ?? false);
  return who && rule.months.includes(month);
}

const actor = (role: Role, held: readonly Grant[]): Actor => ({ id: 7, role, name: role, penName: role.toUpperCase(), grants: held });

describe("the royalty matrix", () => {
  it("covers every royalty verb", () => {
    expect(Object.keys(table).sort()).toEqual([...royaltyActions].sort());
  });

  describe.each(royaltyActions)("%s", (action) => {
    it(`answers as the table for ${roles.length} roles × ${grantSets.length} grant sets × ${monthStates.length} month states`, () => {
      const wrong: string[] = [];
      for (const role of roles)
        for (const held of grantSets)
          for (const month of monthStates) {
            const answer = canRoyalty(actor(role, held), action, month === "none" ? undefined : { month });
            if (answer !== expected(action, role, held, month)) wrong.push(`${role}, ${label(held)}, ${month}: ${answer ? "allowed" : "refused"}`);
          }
      expect(wrong).toEqual([]);
    });

    it("refuses nobody-signed-in, in every month state", () => {
      for (const month of monthStates) expect(canRoyalty(null, action, month === "none" ? undefined : { month })).toBe(false);
    });
  });

  it("treats an actor without a grants list as holding none", () => {
    const { grants: _none, ...bare } = actor("chief_editor", []);
    for (const action of royaltyActions)
      for (const month of monthStates) {
        expect(canRoyalty(bare, action, month === "none" ? undefined : { month }), `${action} ${month}`).toBe(expected(action, "chief_editor", [], month));
      }
  });
});

describe("grants never bypass the story rules", () => {
  const everything = grants;
  const story = (status: (typeof storyStatuses)[number]) => ({ status, createdById: 1, authorIds: [1], heldById: null, sectionId: null });

  it("give no story verb: each role with all grants sees and does on a story what it did without them", () => {
    for (const role of roles)
      for (const status of storyStatuses)
        for (const verb of ["story.view", "story.edit", "story.approve", "story.publish", "story.correct"] as const) {
          expect(can(actor(role, everything), verb, story(status)), `${role} ${verb} ${status}`).toBe(can(actor(role, []), verb, story(status)));
        }
  });

  it("leave an admin with grants without editorial power", () => {
    for (const status of storyStatuses) expect(can(actor("admin", everything), "story.view", story(status))).toBe(false);
  });
});

describe("the commands ask the same policy (on the database)", () => {
  let handle: DatabaseHandle;
  const people = new Map<Role, Actor>();
  const monthIn: Record<RoyaltyMonthStatus, string> = { open: "2026-01", approved: "2026-02", closed: "2026-03" };
  let payeeId: number;
  let target: Actor;

  beforeAll(async () => {
    handle = await openTestDatabase();
    for (const role of roles) people.set(role, await makePerson(handle.db, role));
    target = await makePerson(handle.db, "reporter");
    await handle.db.insert(royaltyMonths).values([
      { month: monthIn.approved, status: "approved" },
      { month: monthIn.closed, status: "closed" },
    ]);
    const created = await createPayee(handle.db, people.get("admin")!, { name: "Lý Thị Mai", penNames: ["LÝ MAI"] });
    if (!created.ok) throw new Error(created.error);
    payeeId = created.data.id;
  });
  afterAll(async () => handle?.close());

  class RolledBack extends Error {}
  /** Runs a command and undoes whatever it did: every cell starts from the same database. */
  async function attempt<T>(run: (db: Database) => Promise<CommandResult<T>>): Promise<CommandResult<T>> {
    let result: CommandResult<T> | undefined;
    try {
      await handle.db.transaction(async (tx) => {
        result = await run(tx);
        throw new RolledBack();
      });
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
    }
    return result!;
  }

  type Cell = { action: RoyaltyAction; month: MonthState; run: (db: Database, actor: Actor) => Promise<CommandResult<unknown>> };
  const monthCells = (action: RoyaltyAction, command: (db: Database, actor: Actor, month: string) => Promise<CommandResult<unknown>>): Cell[] =>
    (["open", "approved", "closed"] as const).map((month) => ({ action, month, run: (db, actor) => command(db, actor, monthIn[month]) }));
  const cells = (): Cell[] => [
    ...monthCells("royalty.month.approve", (db, actor, month) => approveMonth(db, actor, { month })),
    ...monthCells("royalty.month.unapprove", (db, actor, month) => unapproveMonth(db, actor, { month })),
    ...monthCells("royalty.month.close", (db, actor, month) => closeMonth(db, actor, { month })),
    ...monthCells("royalty.pay", (db, actor, month) => markPaid(db, actor, { month, payeeIds: [payeeId] })),
    { action: "payees.manage", month: "none", run: (db, actor) => createPayee(db, actor, { name: "Cộng Tác Viên", penNames: ["CTV MỚI"] }) },
    { action: "payees.details", month: "none", run: (db, actor) => readPayeeDetails(db, actor, { id: payeeId }) },
    { action: "royalty.settings", month: "none", run: async (db, actor) => updateRoyaltySettings(db, actor, await loadRoyaltySettings(db)) },
    { action: "grants.manage", month: "none", run: (db, actor) => setGrants(db, actor, { id: target.id, grants: ["royalty.grade"] }) },
  ];

  it("refuses exactly where the table refuses, and nowhere else", async () => {
    const wrong: string[] = [];
    for (const role of roles)
      for (const held of grantSets)
        for (const cell of cells()) {
          const actor = { ...people.get(role)!, grants: held };
          const result = await attempt((db) => cell.run(db, actor));
          const refused = !result.ok && result.code === "forbidden";
          if (!result.ok && !refused) wrong.push(`${cell.action} ${cell.month}, ${role}, ${label(held)}: ${result.code} ${result.error}`);
          else if (refused === expected(cell.action, role, held, cell.month))
            wrong.push(`${cell.action} ${cell.month}, ${role}, ${label(held)}: ${refused ? "refused" : "allowed"}`);
        }
    expect(wrong).toEqual([]);
  });
});
