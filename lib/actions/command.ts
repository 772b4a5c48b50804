// One way to write every server-side operation: parse the input with zod, run the body with the
// actor and the database, and require that the body asked the permission policy before it
// finished. Errors become one result shape with a message in the actor's language. Commands are
// plain functions of (db, actor, input) so that integration tests run them against a real
// database; server actions and route handlers wrap them with the signed-in actor
// (lib/actions/server-action.ts).
//
// Refusals are keyed: a command throws a CommandError carrying a Phrase (a catalogue key under
// `refusals.` or `validation.`, plus its arguments), zod schemas carry phrases as their messages
// (zodMessage), and this wrapper, which knows who is asking, says them in the actor's language
// (Actor.locale, Vietnamese when unset). The error's own `message` is the Vietnamese text, for
// logs and for any caller that reads it directly.
import { z } from "zod";
import type { Database } from "@/db/client";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { phrase, say, type CatalogueKey, type Phrase, type PhraseValues } from "@/lib/i18n/phrase";
import { describeIssue, withoutControlCharacters, zodErrorMap } from "@/lib/validation";
import { isDatabaseUnavailable } from "@/db/unavailable";
import type { ErrorCode } from "./errors";
import {
  can,
  canPlan,
  canRoyalty,
  PermissionDeniedError,
  type Actor,
  type PlanAction,
  type PlanScope,
  type RoyaltyAction,
  type RoyaltyScope,
  type SiteAction,
  type StoryAction,
  type StoryScope,
} from "@/lib/policy/policy";

/** A refusal the user should read: validation, a state the workflow does not allow, a conflict. */
export class CommandError extends Error {
  /** What to say, in whichever language the person reads; a plain string is said as it is. */
  readonly phrase: Phrase | string;
  constructor(
    message: Phrase | string,
    readonly code: ErrorCode = "invalid",
    readonly details?: Record<string, unknown>,
  ) {
    super(say(defaultLocale, message));
    this.phrase = message;
  }
}

/** `throw refuse("invalid_state", "refusals.story.notHeld")`: a keyed refusal with its code. */
export function refuse(code: ErrorCode, key: CatalogueKey, values?: PhraseValues, details?: Record<string, unknown>): CommandError {
  return new CommandError(phrase(key, values), code, details);
}

export type CommandResult<T> =
  { ok: true; data: T } | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string>; details?: Record<string, unknown> };

export type CommandContext = {
  db: Database;
  actor: Actor;
  /** The actor's language, for the rare text a command returns as data (a success message). */
  locale: Locale;
  /** Asks the policy; throws its refusal (said in the actor's language) when it says no. */
  authorize(action: SiteAction): void;
  authorize(action: StoryAction, story: StoryScope): void;
  /** The same question without throwing, for bodies that branch on it (still counts as asked). */
  allowed(action: StoryAction, story: StoryScope): boolean;
  /** Asks the policy about a royalty verb (on a month in a state, where it acts on one). */
  authorizeRoyalty(action: RoyaltyAction, scope?: RoyaltyScope): void;
  allowedRoyalty(action: RoyaltyAction, scope?: RoyaltyScope): boolean;
  /** Asks the policy about a plan verb (on a proposal or assignment, where it acts on one). */
  authorizePlan(action: PlanAction, scope?: PlanScope): void;
  allowedPlan(action: PlanAction, scope?: PlanScope): boolean;
};

/** A command, carrying its input schema so that form actions read FormData through it. */
export type Command<I, T> = ((db: Database, actor: Actor | null, input: I) => Promise<CommandResult<T>>) & { readonly schema?: z.ZodType };

export function defineCommand<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.output<S>, ctx: CommandContext) => Promise<T>,
  { duringEnrolment = false }: { duringEnrolment?: boolean } = {},
): Command<z.input<S>, T> {
  const command = async (db: Database, actor: Actor | null, raw: z.input<S>): Promise<CommandResult<T>> => {
    if (!actor) return unauthenticated(defaultLocale);
    const locale = actor.locale ?? defaultLocale;
    if (actor.mustEnrol && !duringEnrolment) return { ok: false, error: say(locale, phrase("refusals.enrolFirst")), code: "forbidden" };
    const clean = withoutControlCharacters(raw);
    if (!clean.ok) return { ok: false, error: say(locale, phrase("validation.controlCharacter")), code: "invalid" };
    const parsed = schema.safeParse(clean.value, { error: zodErrorMap(locale) });
    if (!parsed.success) return invalid(parsed.error, locale);
    let asked = false;
    const ctx: CommandContext = {
      db,
      actor,
      locale,
      authorize(action: SiteAction | StoryAction, story?: StoryScope) {
        asked = true;
        const ok = story ? can(actor, action as StoryAction, story) : can(actor, action as SiteAction);
        if (!ok) throw new PermissionDeniedError();
      },
      allowed(action, story) {
        asked = true;
        return can(actor, action, story);
      },
      authorizeRoyalty(action, scope) {
        asked = true;
        if (!canRoyalty(actor, action, scope)) throw new PermissionDeniedError();
      },
      allowedRoyalty(action, scope) {
        asked = true;
        return canRoyalty(actor, action, scope);
      },
      authorizePlan(action, scope) {
        asked = true;
        if (!canPlan(actor, action, scope)) throw new PermissionDeniedError();
      },
      allowedPlan(action, scope) {
        asked = true;
        return canPlan(actor, action, scope);
      },
    };
    try {
      const data = await body(parsed.data, ctx);
      // Deny by default: a body that never asked the policy is a bug, and its result is withheld.
      if (!asked) throw new Error("command finished without asking the permission policy");
      return { ok: true, data };
    } catch (error) {
      if (error instanceof PermissionDeniedError) return { ok: false, error: say(locale, error.phrase), code: "forbidden" };
      if (error instanceof CommandError) return { ok: false, error: say(locale, error.phrase), code: error.code, details: error.details };
      if (error instanceof z.ZodError) return invalid(error, locale);
      // The database is away (restarting, say): nothing was done, and the same request may succeed
      // shortly, which "busy" tells the caller (the story editor keeps the text and sends it again).
      if (isDatabaseUnavailable(error)) {
        console.error(`Tòa soạn: cơ sở dữ liệu không trả lời: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, error: say(locale, phrase("refusals.databaseAway")), code: "busy" };
      }
      console.error(error);
      return { ok: false, error: say(locale, phrase("common.serverError")), code: "server" };
    }
  };
  return Object.assign(command, { schema });
}

/** Field errors of a refusal in one shape: zod's, plus the one field a command's own refusal names. */
export function fieldErrorsOf(result: Extract<CommandResult<unknown>, { ok: false }>): Record<string, string> | undefined {
  const field = typeof result.details?.field === "string" ? result.details.field : undefined;
  return field ? { ...result.fieldErrors, [field]: result.error } : result.fieldErrors;
}

/** The refusal of a signed-out caller, in the language they last chose (or Vietnamese). */
export function unauthenticated(locale: Locale): Extract<CommandResult<never>, { ok: false }> {
  return { ok: false, error: say(locale, phrase("common.notSignedIn")), code: "unauthenticated" };
}

/** zod's issues as field errors and one summary, said in the caller's language. */
export function invalid(error: z.ZodError, locale: Locale = defaultLocale): CommandResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= say(locale, issue.message);
  const first = error.issues[0];
  const summary = first ? phrase("validation.invalidWith", { detail: describeIssue(first, locale) }) : phrase("validation.invalid");
  return { ok: false, error: say(locale, summary), code: "invalid", fieldErrors };
}
