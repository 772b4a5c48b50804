// Server actions and form actions, built from commands: the actor is resolved before anything
// else, the command validates and asks the policy, and a refusal comes back in one shape. A thin
// action is one line: `export const saveStoryAction = serverAction(saveStory, { after: … })`.
import "server-only";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { getActor } from "@/lib/auth/actor";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { getNewsroomLocale } from "@/lib/i18n/server";
import type { Actor } from "@/lib/policy/policy";
import { fieldErrorsOf, unauthenticated, type Command, type CommandResult } from "./command";
import { readForm, typedValues } from "./form-data";

/**
 * Runs a command as the signed-in person: the one bridge from requests to commands. The command
 * says its refusals in the actor's language; a signed-out caller hears the one they last chose.
 */
export async function runAsActor<I, T>(command: Command<I, T>, input: I): Promise<CommandResult<T>> {
  const actor = await getActor();
  if (!actor) return unauthenticated(await getNewsroomLocale());
  return command(await db(), actor, input);
}

/** A server action called with the command's input (from client components). */
export function serverAction<I, T>(command: Command<I, T>, options: { after?: (data: T, input: I) => void | Promise<void> } = {}) {
  return async (input: I): Promise<CommandResult<T>> => {
    const result = await runAsActor(command, input);
    if (result.ok) await options.after?.(result.data, input);
    return result;
  };
}

/** What every form action answers: success with a message, or the refusal with what was typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  error?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
};

type FormActionOptions<I, T, X> = {
  /** Inputs the form does not carry, read on the server (the client's address, say). */
  extra?: (actor: Actor) => Partial<I> | Promise<Partial<I>>;
  /** After success: refresh what changed. */
  after?: (data: T, input: I) => void | Promise<void>;
  /** Where to go after success, instead of showing a state (the page says what happened); null: stay and show `done`. */
  redirectTo?: (data: T, input: I) => string | null;
  /** What to show after success, beside `ok`; `locale` is the actor's language. */
  done?: (data: T, context: { input: I; prev: FormState & Partial<X>; locale: Locale }) => X | Promise<X>;
  /** State kept across answers whatever the outcome (a form's round counter, say). */
  always?: (prev: FormState & Partial<X>) => Partial<X>;
};

/**
 * A form action (useActionState) from a command: who is calling is resolved first (nobody's
 * upload is read for a signed-out caller), the FormData is read through the command's schema,
 * and a refusal returns its field errors and what was typed.
 */
export function formAction<I, T, X extends object = FormState>(command: Command<I, T>, options: FormActionOptions<I, T, X> = {}) {
  type State = FormState & Partial<X>;
  return async (prev: State, form: FormData): Promise<State> => {
    const always = options.always?.(prev) ?? {};
    const values = typedValues(form);
    const actor = await getActor();
    if (!actor) return { ...always, error: unauthenticated(await getNewsroomLocale()).error, values } as State;
    const input = { ...(readForm(command.schema, form) as I), ...(await options.extra?.(actor)) } as I;
    const result = await command(await db(), actor, input);
    if (!result.ok) return { ...always, error: result.error, fieldErrors: fieldErrorsOf(result), values } as State;
    await options.after?.(result.data, input);
    const to = options.redirectTo?.(result.data, input);
    if (to) redirect(to);
    const shown = options.done ? await options.done(result.data, { input, prev, locale: actor.locale ?? defaultLocale }) : {};
    return { ok: true, ...always, ...shown } as State;
  };
}

/**
 * An action open to people who are not signed in, by design (log-in, a one-time password link,
 * log-out): its input is still read through a zod schema, and `reason` says why it is public.
 */
export function publicAction<A extends unknown[], R>(_reason: string, action: (...args: A) => Promise<R>) {
  return action;
}
