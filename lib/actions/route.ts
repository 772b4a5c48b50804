// Route handlers, built one way: the actor is resolved and the policy asked before the request's
// parameters are read, query, path parameters and body are validated with zod, and refusals
// carry one closed set of codes mapped once to HTTP statuses. A handler returns data (sent as
// JSON, never cached) or a Response of its own. Routes open to everyone say so with publicRoute.
import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { type z } from "zod";
import { db } from "@/db";
import type { Database } from "@/db/client";
import { getActor } from "@/lib/auth/actor";
import { can, type Actor, type SiteAction } from "@/lib/policy/policy";
import { enrolFirstMessage, type CommandResult } from "./command";
import { controlCharacterMessage, withoutControlCharacters } from "@/lib/validation";
import { isCrossSite } from "@/lib/http/cross-site";
import { errorStatus, type ErrorCode } from "./errors";

const noStore = { "Cache-Control": "no-store" };

/** A refusal a handler throws; answered as `{ error }` with the code's status. */
export class RouteError extends Error {
  constructor(
    message: string,
    readonly code: ErrorCode,
  ) {
    super(message);
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

const deniedMessages: Partial<Record<SiteAction, string>> = {
  "audit.view": "Bạn không có quyền xem nhật ký.",
  "queue.view": "Bạn không có quyền xem hàng đợi.",
  "media.upload": "Bạn không có quyền dùng thư viện ảnh.",
  "newsroom.enter": "Bạn không có quyền vào tòa soạn.",
};

async function answer(run: () => Promise<unknown>): Promise<Response> {
  try {
    const result = await run();
    return result instanceof Response ? result : NextResponse.json(result, { headers: noStore });
  } catch (error) {
    if (error instanceof RouteError) return refusal(error.message, error.code);
    console.error(error);
    return refusal("Đã có lỗi ở máy chủ. Vui lòng thử lại.", "server");
  }
}

async function parse<Q, P>(schemas: Schemas<Q, P>, request: NextRequest, context?: RouteContext): Promise<{ query: Q; params: P }> {
  // Every route's query string, whether its handler reads it through a schema or by hand.
  const raw = withoutControlCharacters(Object.fromEntries(request.nextUrl.searchParams));
  if (!raw.ok) throw new RouteError(controlCharacterMessage, "invalid");
  const query = schemas.query ? schemas.query.safeParse(raw.value) : { success: true as const, data: undefined as Q };
  if (!query.success) throw new RouteError(query.error.issues[0]?.message ?? "Tham số không hợp lệ.", "invalid");
  const params = schemas.params ? schemas.params.safeParse(await context?.params) : { success: true as const, data: undefined as P };
  // A malformed id names nothing: the same answer as a story that does not exist.
  if (!params.success) throw new RouteError("Không tìm thấy.", "not_found");
  return { query: query.data, params: params.data };
}

/** A route for signed-in people allowed `access` by the policy. Changes are refused from other sites. */
export function route<Q = undefined, P = undefined>(access: SiteAction, schemas: Schemas<Q, P>, handler: Handler<Context<Q, P>>) {
  return (request: NextRequest, context?: RouteContext) =>
    answer(async () => {
      if (isCrossSite(request)) throw new RouteError("Yêu cầu đến từ một trang khác nên bị từ chối.", "forbidden");
      const actor = await getActor();
      if (!actor) throw new RouteError("Bạn cần đăng nhập lại.", "unauthenticated");
      if (actor.mustEnrol) throw new RouteError(enrolFirstMessage, "forbidden");
      // The policy's answer before the parameters', so that a refused person learns nothing more.
      if (!can(actor, access)) throw new RouteError(deniedMessages[access] ?? "Bạn không có quyền.", "forbidden");
      const { query, params } = await parse(schemas, request, context);
      return handler({ request, query, params, actor, db: await db() });
    });
}

/** A route open to everyone by design; `reason` says why. Input is still validated. */
export function publicRoute<Q = undefined, P = undefined>(_reason: string, schemas: Schemas<Q, P>, handler: Handler<PublicContext<Q, P>>) {
  return (request: NextRequest, context?: RouteContext) =>
    answer(async () => {
      const { query, params } = await parse(schemas, request, context);
      return handler({ request, query, params });
    });
}
