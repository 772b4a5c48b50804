// The words of the audit trail (Nhật ký): what each recorded action is called, how its object is
// named, and how its recorded data reads — in the reader's language, from the catalogue
// (`auditLabels`; workflow moves and statuses from `workflow`). Pure: used by the page, the CSV
// export (always Vietnamese) and the tests alike. An action nobody has named yet shows its raw key
// rather than disappearing.
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { text } from "@/lib/i18n/phrase";
import { workflowEvents } from "@/lib/workflow/transitions";

const words = (locale: Locale) => messagesFor(locale).auditLabels;
const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/** Every named action with its label, workflow moves first (they follow the workflow's own words). */
export function auditActionLabels(locale: Locale = defaultLocale): Record<string, string> {
  const { workflow } = messagesFor(locale);
  const out: Record<string, string> = Object.fromEntries(workflowEvents.map((event) => [`story.${event}`, workflow.event[event]]));
  // A group may nest one level more (plan → proposal → create: "plan.proposal.create").
  const add = (prefix: string, node: string | object) => {
    if (typeof node === "string") out[prefix] = node;
    else for (const [name, child] of Object.entries(node)) add(`${prefix}.${name}`, child as string | object);
  };
  for (const [group, actions] of Object.entries(words(locale).actions)) add(group, actions);
  return out;
}

/** In Vietnamese; auditActionLabels(locale) speaks the reader's language. */
export const actionLabels: Record<string, string> = auditActionLabels(defaultLocale);

/** An action's label ("Trả bài" / "Return"), or its key when nobody has named it. */
export function auditActionLabel(action: string, locale: Locale = defaultLocale): string {
  const labels = locale === defaultLocale ? actionLabels : auditActionLabels(locale);
  return has(labels, action) ? labels[action]! : action;
}

/** In Vietnamese; see auditActionLabel(action, locale). */
export function actionLabel(action: string): string {
  return auditActionLabel(action);
}

/** The groups of the "Thao tác" filter: a prefix option for the whole group, then each action. */
export const actionGroups = [
  { prefix: "story.", group: "story" },
  { prefix: "user.", group: "user" },
  { prefix: "section.", group: "section" },
  { prefix: "settings.", group: "settings" },
  { prefix: "media.", group: "media" },
  { prefix: "profile.", group: "profile" },
  { prefix: "two_factor.", group: "two_factor" },
  { prefix: "royalty.", group: "royalty" },
  { prefix: "payee.", group: "payee" },
  { prefix: "desk.", group: "desk" },
  { prefix: "plan.", group: "plan" },
  { prefix: "audit.", group: "audit" },
  { prefix: "seed.", group: "seed" },
] as const;

export type ActionOption = { value: string; label: string };

export function actionOptions(locale: Locale = defaultLocale): { label: string; options: ActionOption[] }[] {
  const labels = auditActionLabels(locale);
  return actionGroups.map(({ prefix, group }) => {
    const label = words(locale).groups[group];
    return {
      label,
      options: [
        { value: prefix, label: text(locale, "auditLabels.groupAll", { group: label }) },
        ...Object.entries(labels)
          .filter(([key]) => key.startsWith(prefix))
          .map(([value, label]) => ({ value, label })),
      ],
    };
  });
}

/** What kind of object an entry is about ("Bài viết" / "Story"), or the raw type. */
export function entityTypeLabel(entityType: string, locale: Locale = defaultLocale): string {
  const types: Record<string, string> = words(locale).entityTypes;
  return has(types, entityType) ? types[entityType]! : entityType;
}

/** In Vietnamese; see entityTypeLabel(type, locale). */
export const entityTypeLabels: Record<string, string> = words(defaultLocale).entityTypes;
