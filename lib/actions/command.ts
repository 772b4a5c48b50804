// One way to write every server-side operation: parse the input with zod, run the body with the
// actor and the database, and require that the body asked the permission policy before it
// finished. Errors become one result shape with a Vietnamese message. Commands are plain functions
// of (db, actor, input) so that integration tests run them against a real database; server
// actions and route handlers wrap them with the signed-in actor (lib/actions/server-action.ts).
import { z } from "zod";
import type { Database } from "@/db/client";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { controlCharacterMessage, describeIssue, withoutControlCharacters } from "@/lib/validation";
import type { ErrorCode } from "./errors";
import { can, PermissionDeniedError, type Actor, type SiteAction, type StoryAction, type StoryScope } from "@/lib/policy/policy";

/** A refusal the user should read: validation, a state the workflow does not allow, a conflict. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode = "invalid",
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export type CommandResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; code: ErrorCode; fieldErrors?: Record<string, string>; details?: Record<string, unknown> };

export type CommandContext = {
  db: Database;
  actor: Actor;
  /** Asks the policy; throws a Vietnamese refusal when it says no. */
  authorize(action: SiteAction): void;
  authorize(action: StoryAction, story: StoryScope): void;
  /** The same question without throwing, for bodies that branch on it (still counts as asked). */
  allowed(action: StoryAction, story: StoryScope): boolean;
};

/** A command, carrying its input schema so that form actions read FormData through it. */
export type Command<I, T> = ((db: Database, actor: Actor | null, input: I) => Promise<CommandResult<T>>) & { readonly schema?: z.ZodType };

export function defineCommand<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.output<S>, ctx: CommandContext) => Promise<T>,
): Command<z.input<S>, T> {
  const command = async (db: Database, actor: Actor | null, raw: z.input<S>): Promise<CommandResult<T>> => {
    if (!actor) return { ok: false, error: "Bạn cần đăng nhập lại.", code: "unauthenticated" };
    const clean = withoutControlCharacters(raw);
    if (!clean.ok) return { ok: false, error: controlCharacterMessage, code: "invalid" };
    const parsed = schema.safeParse(clean.value);
    if (!parsed.success) return invalid(parsed.error);
    let asked = false;
    const ctx: CommandContext = {
      db,
      actor,
      authorize(action: SiteAction | StoryAction, story?: StoryScope) {
        asked = true;
        const ok = story ? can(actor, action as StoryAction, story) : can(actor, action as SiteAction);
        if (!ok) throw new PermissionDeniedError();
      },
      allowed(action, story) {
        asked = true;
        return can(actor, action, story);
      },
    };
    try {
      const data = await body(parsed.data, ctx);
      // Deny by default: a body that never asked the policy is a bug, and its result is withheld.
      if (!asked) throw new Error("command finished without asking the permission policy");
      return { ok: true, data };
    } catch (error) {
      if (error instanceof PermissionDeniedError) return { ok: false, error: error.message, code: "forbidden" };
      if (error instanceof CommandError) return { ok: false, error: error.message, code: error.code, details: error.details };
      if (error instanceof z.ZodError) return invalid(error);
      // The database is away (restarting, say): nothing was done, and the same request may succeed
      // shortly, which "busy" tells the caller (the story editor keeps the text and sends it again).
      if (isDatabaseUnavailable(error)) {
        console.error(`Tòa soạn: cơ sở dữ liệu không trả lời: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, error: "Máy chủ tạm thời không kết nối được cơ sở dữ liệu; thao tác chưa được thực hiện. Vui lòng thử lại sau ít phút.", code: "busy" };
      }
      console.error(error);
      return { ok: false, error: "Đã có lỗi ở máy chủ; thao tác chưa được thực hiện. Vui lòng thử lại.", code: "server" };
    }
  };
  return Object.assign(command, { schema });
}

/** Field errors of a refusal in one shape: zod's, plus the one field a command's own refusal names. */
export function fieldErrorsOf(result: Extract<CommandResult<unknown>, { ok: false }>): Record<string, string> | undefined {
  const field = typeof result.details?.field === "string" ? result.details.field : undefined;
  return field ? { ...result.fieldErrors, [field]: result.error } : result.fieldErrors;
}

function invalid(error: z.ZodError): CommandResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
  const first = error.issues[0];
  return { ok: false, error: first ? `Dữ liệu không hợp lệ. ${describeIssue(first)}` : "Dữ liệu không hợp lệ.", code: "invalid", fieldErrors };
}
