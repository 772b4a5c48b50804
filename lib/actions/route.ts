// Route handlers, built one way: the actor is resolved and the policy asked before the request's
// parameters are read, query, path parameters and body are validated with zod, and refusals
// carry one closed set of codes mapped once to HTTP statuses. A handler returns data (sent as
// JSON, never cached) or a Response of its own. Routes open to everyone say so with publicRoute.
// A refusal may be a Phrase (or a zod message carrying one): it is said here, in the language of
// the signed-in person, or before log-in the one they last chose on this browser.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { type z } from "zod";
import { db } from "@/db";
import type { Database } from "@/db/client";
import { getActor } from "@/lib/auth/actor";
import { defaultLocale, type Locale } from "@/lib/i18n/locales";
import { phrase, say, type Phrase } from "@/lib/i18n/phrase";
import { getNewsroomLocale } from "@/lib/i18n/server";
import { can, type Actor, type SiteAction } from "@/lib/policy/policy";
import type { CommandResult } from "./command";
import { withoutControlCharacters, zodErrorMap } from "@/lib/validation";
import { isCrossSite } from "@/lib/http/cross-site";
import { errorStatus, type ErrorCode } from "./errors";

const noStore = { "Cache-Control": "no-store" };

/** A refusal a handler throws; answered as `{ error }` with the code's status, in the caller's language. */
export class RouteError extends Error {
  readonly phrase: Phrase | string;
  constructor(
    message: Phrase | string,
    readonly code: ErrorCode,
  ) {
    super(say(defaultLocale, message));
    this.phrase = message;
  }
}

export function refusal(message: string, code: ErrorCode): NextResponse {
  return NextResponse.json({ error: message }, { status: errorStatus[code], headers: noStore });
}

/** A command's result as an answer: its data, or its refusal with the mapped status. */
export function unwrap<T>(result: CommandResult<T>): T {
  if (!result.ok) throw new RouteError(result.error, result.code);
  return result.data;
}

type Schemas<Q, P> = { query?: z.ZodType<Q>; params?: z.ZodType<P> };
type PublicContext<Q, P> = { request: NextRequest; query: Q; params: P };
type Context<Q, P> = PublicContext<Q, P> & { actor: Actor; db: Database };
type RouteContext = { params: Promise<Record<string, string | string[]>> };
type Handler<C> = (context: C) => Promise<unknown>;

const deniedMessages: Partial<Record<SiteAction, Phrase>> = {
  "audit.view": phrase("refusals.denied.audit"),
  "queue.view": phrase("refusals.denied.queue"),
  "media.upload": phrase("refusals.denied.media"),
  "newsroom.enter": phrase("refusals.denied.newsroom"),
};

/** Whose language a refusal is said in: the signed-in person's, else the one this browser chose. */
type Listener = { locale?: Locale };

async function answer(listener: Listener, run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    return result instanceof Response ? result : NextResponse.json(result, { headers: noStore });
  } catch (error) {
    const locale = async () => listener.locale ?? (await getNewsroomLocale().catch(() => defaultLocale));
    if (error instanceof RouteError) return refusal(say(await locale(), error.phrase), error.code);
    console.error(error);
    return refusal(say(await locale(), phrase("refusals.routeServerError")), "server");
  }
}

async function parse<Q, P>(schemas: Schemas<Q, P>, request: NextRequest, listener: Listener, context?: RouteContext): Promise<{ query: Q; params: P }> {
  // Every route's query string, whether its handler reads it through a schema or by hand.
  const raw = withoutControlCharacters(Object.fromEntries(request.nextUrl.searchParams));
  if (!raw.ok) throw new RouteError(phrase("validation.controlCharacter"), "invalid");
  const error = listener.locale ? zodErrorMap(listener.locale) : undefined;
  const query = schemas.query ? schemas.query.safeParse(raw.value, { error }) : { success: true as const, data: undefined as Q };
  if (!query.success) throw new RouteError(query.error.issues[0]?.message ?? phrase("validation.invalidParameter"), "invalid");
  const params = schemas.params ? schemas.params.safeParse(await context?.params) : { success: true as const, data: undefined as P };
  // A malformed id names nothing: the same answer as a story that does not exist.
  if (!params.success) throw new RouteError(phrase("refusals.notFound"), "not_found");
  return { query: query.data, params: params.data };
}

/** A route for signed-in people allowed `access` by the policy. Changes are refused from other sites. */
export function route<Q = undefined, P = undefined>(access: SiteAction, schemas: Schemas<Q, P>, handler: Handler<Context<Q, P>>) {
  return (request: NextRequest, context?: RouteContext) => {
    const listener: Listener = {};
    return answer(listener, async () => {
      if (isCrossSite(request)) throw new RouteError(phrase("refusals.crossSite"), "forbidden");
      const actor = await getActor();
      if (!actor) throw new RouteError(phrase("common.notSignedIn"), "unauthenticated");
      listener.locale = actor.locale ?? defaultLocale;
      if (actor.mustEnrol) throw new RouteError(phrase("refusals.enrolFirst"), "forbidden");
      // The policy's answer before the parameters', so that a refused person learns nothing more.
      if (!can(actor, access)) throw new RouteError(deniedMessages[access] ?? phrase("refusals.forbiddenShort"), "forbidden");
      const { query, params } = await parse(schemas, request, listener, context);
      return handler({ request, query, params, actor, db: await db() });
    });
  };
}

/** A route open to everyone by design; `reason` says why. Input is still validated. */
export function publicRoute<Q = undefined, P = undefined>(_reason: string, schemas: Schemas<Q, P>, handler: Handler<PublicContext<Q, P>>) {
  return (request: NextRequest, context?: RouteContext) => {
    const listener: Listener = {};
    return answer(listener, async () => {
      const { query, params } = await parse(schemas, request, listener, context);
      return handler({ request, query, params });
    });
  };
}
