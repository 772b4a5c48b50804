// Nhật ký's Chi tiết as sentences (issue 17, point 6): every recorded action says what happened in
// the reader's language, with people and stories by name, fields by their labels from the
// catalogue and times in the paper's zone — never a data key, an id or a UTC timestamp. Pure: the
// caller resolves ids to names (lib/audit/queries.ts) and gives the paper's time zone.
import type { Role } from "@/db/schema";
import { messagesFor } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { text, type CatalogueKey, type PhraseValues } from "@/lib/i18n/phrase";
import { formatWhen } from "@/lib/i18n/time";
import { formatAmount, monthLabel } from "@/lib/royalties/format";
import { roleLabel } from "@/lib/policy/policy";
import { actionGroups, auditActionLabel } from "./labels";
import type { AuditAction } from "./record";
import { parseIsoDate } from "./time";

/** A "Thao tác" filter as the filter showed it: one action's label, or a whole group's. */
function actionFilterLabel(action: string, locale: Locale): string {
  const group = actionGroups.find((g) => g.prefix === action);
  return group ? text(locale, "auditLabels.groupAll", { group: messagesFor(locale).auditLabels.groups[group.group] }) : auditActionLabel(action, locale);
}

/** A story named in a detail: its title, and where it can be opened when it can. */
export type StoryRef = { id: number; title: string; href: string | null };

/** What a sentence needs to name things; unknown ids are said as "#12" rather than dropped. */
export type SentenceContext = {
  locale: Locale;
  timeZone: string;
  person: (id: number) => string | undefined;
  story: (id: number) => StoryRef | undefined;
  section: (id: number) => string | undefined;
  media: (id: number) => string | undefined;
  /** The entry's own object (the account, the section, the image…), already named. */
  entityLabel: string;
};

export type AuditSentence = { text: string; stories: StoryRef[] };

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === "object" && v !== null && !Array.isArray(v);
const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);
const num = (v: unknown): number => (typeof v === "number" ? v : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : 0);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const ids = (v: unknown): number[] => (Array.isArray(v) ? v.map(num).filter((n) => n > 0) : []);
const obj = (v: unknown): Data => (isRecord(v) ? v : {});

const say = (ctx: SentenceContext, key: string, values?: PhraseValues) => text(ctx.locale, `auditLabels.sentences.${key}` as CatalogueKey, values);
const words = (locale: Locale) => messagesFor(locale).auditLabels;

// Nobody should ever record a secret, but if one slips into `data` the log must not show it.
const secretKey = /pass|token|hash|secret/i;
const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's label: the audit's own, then the site settings', then the sentences' extra ones. */
function fieldLabel(key: string, entityType: string, locale: Locale): string {
  const w = words(locale);
  const fields: Record<string, string> = w.fields;
  const extra: Record<string, string> = w.sentences.fields;
  // The settings' labels beside the form's own words (nested): only the strings are labels.
  const settings = Object.fromEntries(Object.entries(messagesFor(locale).settingsLabels).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  if (key === "name" && entityType === "user") return fields.personName!;
  if (entityType === "settings" && has(settings, key)) return settings[key]!;
  if (has(extra, key)) return extra[key]!;
  if (key !== "personName" && has(fields, key)) return fields[key]!;
  if (has(settings, key)) return settings[key]!;
  return w.sentences.fields.other;
}

/** A recorded value as words: names for ids, labels for roles and statuses, times in the paper's zone. */
function valueWords(key: string, value: unknown, ctx: SentenceContext): string {
  const w = words(ctx.locale);
  if (secretKey.test(key)) return w.hidden;
  if (value === null || value === undefined || value === "") return w.sentences.empty;
  if (typeof value === "boolean") return value ? w.yes : w.no;
  if (Array.isArray(value)) return value.map((v) => valueWords(key, v, ctx)).join(", ");
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k, "", ctx.locale)}: ${valueWords(k, v, ctx)}`)
      .join("; ");
  const m = messagesFor(ctx.locale);
  if (key === "role" && typeof value === "string" && has(m.roles, value)) return roleLabel(value as Role, ctx.locale);
  if (/status$/i.test(key) && typeof value === "string" && has(m.workflow.status, value)) return m.workflow.status[value as keyof typeof m.workflow.status];
  if (key === "locale" && typeof value === "string" && has(m.profile.language.names, value))
    return m.profile.language.names[value as keyof typeof m.profile.language.names];
  if (key === "parentId") return ctx.section(num(value)) ?? `#${str(value)}`;
  if (key === "avatarMediaId" || key === "coverMediaId" || key === "logoMediaId") return ctx.media(num(value)) ?? `#${str(value)}`;
  if (typeof value === "string" && isoTime.test(value)) return when(value, ctx);
  if (typeof value === "string") return `“${value}”`;
  return typeof value === "number" || typeof value === "bigint" ? String(value) : w.sentences.empty;
}

const when = (at: string | Date, ctx: SentenceContext) =>
  formatWhen(at, { timeZone: ctx.timeZone, weekdays: Object.values(messagesFor(ctx.locale).time.weekdays) });

/** "Tên báo: “Báo A” → “Báo B”; Số cấp duyệt: 2 → 3" from a record's before and after. */
function changes(data: Data, entityType: string, ctx: SentenceContext): string {
  const before = obj(data.before);
  const after = obj(data.after);
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .map((key) =>
      say(ctx, "change", {
        field: fieldLabel(key, entityType, ctx.locale),
        before: valueWords(key, before[key], ctx),
        after: valueWords(key, after[key], ctx),
      }),
    )
    .join("; ");
}

const storyList = (storyIds: number[], ctx: SentenceContext): StoryRef[] => storyIds.map((id) => ctx.story(id) ?? { id, title: `#${id}`, href: null });

const titles = (refs: StoryRef[]) => refs.map((r) => `“${r.title}”`).join(", ");

type Build = (data: Data, ctx: SentenceContext) => AuditSentence | string;

/** One sentence per recorded action. Typed over every action, so a new one cannot go unnamed. */
const sentences: Record<AuditAction, Build> = {
  "story.import": (d, ctx) =>
    [
      say(ctx, "story.import", { source: str(d.source) || "—", section: str(d.sectionSlug) || "none" }),
      d.oldUrl ? say(ctx, "story.importOldUrl", { url: str(d.oldUrl) }) : "",
    ]
      .filter(Boolean)
      .join(" "),
  "story.correct": (d, ctx) => {
    const notice = obj(d.notice);
    return [
      say(ctx, "story.correct", { titleChanged: d.titleChanged ? "yes" : "no" }),
      notice.wrong || notice.right
        ? say(ctx, "story.correctNotice", { wrong: str(notice.wrong), right: str(notice.right) })
        : say(ctx, "story.correctNoNotice"),
    ].join(" ");
  },
  "story.takeover": (d, ctx) =>
    d.from ? say(ctx, "story.takeoverFrom", { name: ctx.person(num(d.from)) ?? `#${str(d.from)}` }) : say(ctx, "story.takeoverFree"),
  "story.restore": (d, ctx) => {
    const before = obj(d.before);
    const after = obj(d.after);
    const lead = say(ctx, "story.restore", { number: num(d.restoredNumber) || num(d.restoredVersion) });
    return before.title !== after.title ? `${lead} ${say(ctx, "story.restoreTitle", { before: str(before.title), after: str(after.title) })}` : lead;
  },
  "home.update": (d, ctx) => {
    const refs = storyList(ids(d.storyIds), ctx);
    return { text: say(ctx, "home.update", { count: refs.length, titles: titles(refs) }), stories: refs };
  },
  "user.create": (d, ctx) => {
    const a = obj(d.after);
    return say(ctx, "user.create", {
      name: str(a.name) || ctx.entityLabel,
      email: str(a.email),
      role: valueWords("role", a.role, ctx),
      penName: str(a.penName) || words(ctx.locale).sentences.empty,
    });
  },
  "user.role": (d, ctx) => {
    const released = storyList(ids(d.releasedStoryIds), ctx);
    const lead = say(ctx, "user.role", {
      name: ctx.entityLabel,
      from: valueWords("role", obj(d.before).role, ctx),
      to: valueWords("role", obj(d.after).role, ctx),
      sessions: num(d.endedSessions),
    });
    return { text: released.length ? `${lead} ${say(ctx, "user.released", { count: released.length, titles: titles(released) })}` : lead, stories: released };
  },
  "user.deactivate": (d, ctx) => {
    const released = storyList(ids(d.releasedStoryIds), ctx);
    const lead = say(ctx, "user.deactivate", {
      name: ctx.entityLabel,
      role: valueWords("role", d.role, ctx),
      sessions: num(d.endedSessions),
      links: num(d.retiredLinks),
    });
    return { text: released.length ? `${lead} ${say(ctx, "user.released", { count: released.length, titles: titles(released) })}` : lead, stories: released };
  },
  "user.activate": (d, ctx) => say(ctx, "user.activate", { name: ctx.entityLabel, role: valueWords("role", d.role, ctx) }),
  "user.password_link": (d, ctx) =>
    say(ctx, "user.passwordLink", {
      name: ctx.entityLabel,
      purpose: str(d.purpose) === "invite" ? "invite" : "reset",
      expires: d.expiresAt ? when(str(d.expiresAt), ctx) : "—",
    }),
  "user.password_set": (d, ctx) => say(ctx, "user.passwordSet", { name: ctx.entityLabel, purpose: str(d.purpose) === "invite" ? "invite" : "reset" }),
  "section.create": (d, ctx) => {
    const a = obj(d.after);
    const parent = a.parentId ? (ctx.section(num(a.parentId)) ?? `#${str(a.parentId)}`) : "";
    return say(ctx, "section.create", { name: str(a.name) || ctx.entityLabel, slug: str(a.slug), parent: parent || "none" });
  },
  "section.rename": (d, ctx) => say(ctx, "section.rename", { name: ctx.entityLabel, changes: changes(d, "section", ctx) }),
  "section.reorder": (d, ctx) => say(ctx, "section.reorder", { name: ctx.entityLabel, from: num(obj(d.before).position), to: num(obj(d.after).position) }),
  "section.hide": (_d, ctx) => say(ctx, "section.hide", { name: ctx.entityLabel }),
  "section.show": (_d, ctx) => say(ctx, "section.show", { name: ctx.entityLabel }),
  "section.merge": (d, ctx) => {
    const b = obj(d.before);
    const a = obj(d.after);
    const oldSlugs = Array.isArray(d.oldSlugs) ? d.oldSlugs.map((s) => `/${str(s)}`).join(", ") : "";
    return say(ctx, "section.merge", {
      name: str(b.name) || ctx.entityLabel,
      into: str(a.name) || ctx.section(num(d.intoId)) || "—",
      stories: num(d.stories),
      subsections: num(d.subsections),
      slugs: oldSlugs || "—",
    });
  },
  "section.delete": (d, ctx) => {
    const b = obj(d.before);
    return say(ctx, "section.delete", { name: str(b.name) || ctx.entityLabel, slug: str(b.slug) });
  },
  "section.move": (d, ctx) => {
    const parentId = obj(d.after).parentId;
    return say(ctx, "section.move", { name: ctx.entityLabel, parent: parentId ? (ctx.section(num(parentId)) ?? `#${str(parentId)}`) : "none" });
  },
  "settings.update": (d, ctx) => say(ctx, "settings.update", { changes: changes(d, "settings", ctx) }),
  "media.upload": (d, ctx) =>
    say(ctx, "media.upload", {
      name: str(d.originalName) || ctx.entityLabel,
      width: num(d.width),
      height: num(d.height),
      size: Math.max(1, Math.round(num(d.size) / 1024)),
    }),
  "media.update": (d, ctx) => say(ctx, "media.update", { name: ctx.entityLabel, changes: changes(d, "media", ctx) }),
  "media.delete": (d, ctx) => say(ctx, "media.delete", { name: str(d.originalName) || ctx.entityLabel }),
  "profile.update": (d, ctx) => say(ctx, "profile.update", { changes: changes(d, "user", ctx) }),
  "profile.password": (_d, ctx) => say(ctx, "profile.password"),
  "profile.password_failed": (_d, ctx) => say(ctx, "profile.passwordFailed"),
  "two_factor.enrol": (_d, ctx) => say(ctx, "twoFactor.enrol"),
  "two_factor.recovery_used": (d, ctx) => say(ctx, "twoFactor.recoveryUsed", { left: num(d.left) }),
  "two_factor.reset": (d, ctx) => say(ctx, "twoFactor.reset", { name: ctx.entityLabel, sessions: num(d.endedSessions) }),
  "audit.export": (d, ctx) => {
    const filters = Object.entries(d).map(([key, value]) => {
      const shown =
        key === "personId"
          ? (ctx.person(num(value)) ?? `#${str(value)}`)
          : key === "storyId"
            ? (ctx.story(num(value))?.title ?? `#${str(value)}`)
            : key === "action"
              ? actionFilterLabel(str(value), ctx.locale)
              : (parseIsoDate(str(value)) && when(`${str(value)}T00:00:00`, { ...ctx, timeZone: "UTC" }).replace(/ 00:00$/, "")) || str(value);
      return say(ctx, "filter", { field: fieldLabel(key, "audit", ctx.locale), value: shown });
    });
    return say(ctx, "audit.export", { filters: filters.length ? filters.join("; ") : "none" });
  },
  "seed.demo": (d, ctx) => say(ctx, "seed.demo", { count: num(d.stories) }),
  "user.grants": (d, ctx) => say(ctx, "user.grants", { name: ctx.entityLabel, before: grantWords(d.before, ctx), after: grantWords(d.after, ctx) }),
  "royalty.grade": (d, ctx) => {
    const after = Array.isArray(d.after) ? d.after.map(obj).filter((l) => str(l.month) === str(d.linesMonth)) : [];
    const total = after.reduce((sum, l) => sum + num(l.amount), 0);
    const lead = say(ctx, "royalty.grade", { month: monthWords(d.month), lines: after.length, total: money(total, ctx) });
    return d.linesMonth && d.linesMonth !== d.month ? `${lead} ${say(ctx, "royalty.adjusted", { month: monthWords(d.linesMonth) })}` : lead;
  },
  "royalty.approve": (d, ctx) => say(ctx, "royalty.approve", { month: monthWords(d.month) }),
  "royalty.unapprove": (d, ctx) => say(ctx, "royalty.unapprove", { month: monthWords(d.month) }),
  "royalty.close": (d, ctx) => say(ctx, "royalty.close", { month: monthWords(d.month), lines: num(d.lines), total: money(num(d.total), ctx) }),
  "royalty.pay": (d, ctx) => say(ctx, "royalty.pay", { month: monthWords(d.month), lines: num(d.lines), date: str(d.paidOn) || "—" }),
  "royalty.export": (d, ctx) =>
    d.year
      ? say(ctx, "royalty.exportYear", { year: str(d.year), format: str(d.format) || "xlsx" })
      : say(ctx, "royalty.export", { month: monthWords(d.month), format: str(d.format) || "xlsx" }),
  "royalty.settings": (_d, ctx) => say(ctx, "royalty.settings"),
  "payee.create": (d, ctx) => say(ctx, "payee.create", { name: str(d.name) || ctx.entityLabel }),
  "payee.update": (d, ctx) => say(ctx, "payee.update", { name: str(d.name) || ctx.entityLabel }),
  "payee.details_read": (d, ctx) => say(ctx, "payee.detailsRead", { name: str(d.name) || ctx.entityLabel }),
  "payee.details_update": (d, ctx) => say(ctx, "payee.detailsUpdate", { name: str(d.name) || ctx.entityLabel }),
  "desk.create": (d, ctx) => say(ctx, "desk.create", { name: str(d.name) || ctx.entityLabel }),
  "desk.rename": (d, ctx) => say(ctx, "desk.rename", { before: str(obj(d.before).name), after: str(obj(d.after).name) }),
  "desk.delete": (d, ctx) => {
    const b = obj(d.before);
    return say(ctx, "desk.delete", {
      name: str(b.name) || str(d.name) || ctx.entityLabel,
      sections: listWords(b.sections, ctx),
      members: listWords(b.members, ctx),
    });
  },
  "desk.sections": (d, ctx) => {
    const moved = Array.isArray(d.moved) ? d.moved.map(obj).map((m) => say(ctx, "desk.sectionMoved", { section: str(m.section), from: str(m.from) })) : [];
    const lead = say(ctx, "desk.sections", {
      name: str(d.name) || ctx.entityLabel,
      before: listWords(obj(d.before).sections, ctx),
      after: listWords(obj(d.after).sections, ctx),
    });
    return [lead, ...moved].join(" ");
  },
  "desk.members": (d, ctx) => {
    const after = Array.isArray(obj(d.after).members) ? (obj(d.after).members as unknown[]).map(obj) : [];
    const head = after.some((m) => str(m.name) === str(d.person) && m.head === true);
    return say(ctx, "desk.members", {
      name: str(d.name) || ctx.entityLabel,
      change: str(d.change) || "other",
      person: str(d.person),
      head: head ? "yes" : "no",
    });
  },
  ...planSentences(),
};

/** Kế hoạch's decisions: the topic or the work by its title, people by name, a note when there is one. */
function planSentences(): Record<Extract<AuditAction, `plan.${string}`>, Build> {
  const title = (d: Data, ctx: SentenceContext) => str(d.title) || ctx.entityLabel;
  const person = (v: unknown, ctx: SentenceContext) => ctx.person(num(v)) ?? `#${str(v)}`;
  const withNote = (lead: string, d: Data, ctx: SentenceContext) => (str(d.note) ? `${lead} ${say(ctx, "note", { note: str(d.note) })}` : lead);
  const plain = (key: string) => (d: Data, ctx: SentenceContext) => say(ctx, key, { title: title(d, ctx) });
  const noted = (key: string) => (d: Data, ctx: SentenceContext) => withNote(say(ctx, key, { title: title(d, ctx) }), d, ctx);
  return {
    "plan.proposal.create": plain("plan.proposalCreate"),
    "plan.proposal.edit": (d, ctx) => say(ctx, d.resubmitted ? "plan.proposalResubmit" : "plan.proposalEdit", { title: title(d, ctx) }),
    "plan.proposal.withdraw": plain("plan.proposalWithdraw"),
    "plan.proposal.approve": noted("plan.proposalApprove"),
    "plan.proposal.request_changes": noted("plan.proposalRequestChanges"),
    "plan.proposal.reject": noted("plan.proposalReject"),
    "plan.assignment.create": (d, ctx) =>
      say(ctx, "plan.assignmentCreate", {
        title: title(d, ctx),
        person: person(d.personId, ctx),
        deadline: str(d.deadline) ? when(str(d.deadline), ctx) : "—",
      }),
    "plan.assignment.accept": plain("plan.assignmentAccept"),
    "plan.assignment.decline": noted("plan.assignmentDecline"),
    "plan.assignment.start": plain("plan.assignmentStart"),
    "plan.assignment.deliver": noted("plan.assignmentDeliver"),
    "plan.assignment.done": plain("plan.assignmentDone"),
    "plan.assignment.reassign": (d, ctx) =>
      withNote(say(ctx, "plan.assignmentReassign", { title: title(d, ctx), from: person(d.from, ctx), person: person(d.personId, ctx) }), d, ctx),
    "plan.assignment.cancel": noted("plan.assignmentCancel"),
    "plan.assignment.deadline": (d, ctx) =>
      say(ctx, "plan.assignmentDeadline", {
        title: title(d, ctx),
        before: str(d.before) ? when(str(d.before), ctx) : "—",
        after: str(d.after) ? when(str(d.after), ctx) : "—",
      }),
    "plan.settings": (d, ctx) => say(ctx, "plan.settings", { before: num(obj(d.before).dueSoonLeadMinutes), after: num(obj(d.after).dueSoonLeadMinutes) }),
  };
}

const monthWords = (v: unknown) => monthLabel(str(v));
/** Names recorded as a list ("Thời sự, Kinh tế"), or the empty word. */
const listWords = (v: unknown, ctx: SentenceContext) => {
  const names = Array.isArray(v) ? v.map((x) => (isRecord(x) ? str(x.name) : str(x))).filter(Boolean) : [];
  return names.length ? names.join(", ") : words(ctx.locale).sentences.empty;
};
const money = (amount: number, ctx: SentenceContext) => (ctx.locale === "vi" ? formatAmount(amount) : new Intl.NumberFormat("en-US").format(amount));
function grantWords(v: unknown, ctx: SentenceContext): string {
  const names: Record<string, string> = messagesFor(ctx.locale).grants;
  const list = Array.isArray(v) ? v.map(str).map((g) => names[g.replace(/^royalty\./, "")] ?? g) : [];
  return list.length ? list.join(", ") : words(ctx.locale).sentences.noGrants;
}

/** Whether an action has its sentence (the unit test checks every recorded action). */
export const hasSentence = (action: string): action is AuditAction => has(sentences, action);

/** Chi tiết of an audit_log entry. An action nobody has a sentence for says its data in labelled words. */
export function auditSentence(action: string, data: Data | null | undefined, entityType: string, ctx: SentenceContext): AuditSentence {
  const d = data ?? {};
  const built = hasSentence(action)
    ? sentences[action](d, ctx)
    : Object.entries(d)
        .map(([key, value]) => say(ctx, "filter", { field: fieldLabel(key, entityType, ctx.locale), value: valueWords(key, value, ctx) }))
        .join("; ");
  return typeof built === "string" ? { text: built, stories: [] } : built;
}

/** Chi tiết of a workflow move: "Chuyển bài từ Nháp sang Chờ duyệt. Ghi chú: …". */
export function transitionSentence(fromStatus: string | null, toStatus: string, note: string | null, ctx: SentenceContext): string {
  const statuses: Record<string, string> = messagesFor(ctx.locale).workflow.status;
  const label = (s: string | null) => (s === null ? "—" : has(statuses, s) ? statuses[s]! : s);
  // A step that leaves the state as it is (a reschedule, an approval level) is said by its note.
  if (fromStatus === toStatus) return note ? `${note.replace(/[.。]$/, "")}.` : say(ctx, "storyStays", { status: label(toStatus) });
  const move = say(ctx, "storyMove", { from: label(fromStatus), to: label(toStatus) });
  return note ? `${move} ${say(ctx, "note", { note })}` : move;
}
