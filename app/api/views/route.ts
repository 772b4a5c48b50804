// The reading pages' view beacon. Answers at once; the count is written in batches
// (lib/reading/views.ts), so a reader never waits on the database and pages stay cached.
import { db } from "@/db";
import { publicRoute } from "@/lib/actions/route";
import { clientAddress } from "@/lib/auth/request";
import { readBoundedText } from "@/lib/http/bounded-body";
import { overLimit, tooManyRequests } from "@/lib/http/rate-limits";
import { paperLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { isLikelyBot, recordView, viewInput } from "@/lib/reading/views";

const noContent = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

export const POST = publicRoute("readers count views without an account", {}, async ({ request }) => {
  // Another site's page cannot count views for us; browsers say where a beacon came from.
  const site = request.headers.get("sec-fetch-site");
  const userAgent = request.headers.get("user-agent");
  if ((site && site !== "same-origin") || isLikelyBot(userAgent)) return noContent();
  const address = clientAddress(request.headers);
  const wait = await overLimit("view", address);
  if (wait) return tooManyRequests(wait, translator(paperLocale, "limits")("views"));

  let parsed: unknown = null;
  try {
    // A beacon is a few bytes; anything longer is not one.
    parsed = JSON.parse(await readBoundedText(request, 200));
  } catch {
    // answered below, as any malformed input
  }
  const input = viewInput.safeParse(parsed);
  if (!input.success) {
    return Response.json({ error: input.error.issues[0]?.message ?? "Dữ liệu không hợp lệ." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  // Address and browser together: readers behind one carrier-grade NAT are not all one reader.
  recordView(input.data.storyId, `${address} ${userAgent}`, db);
  return noContent();
});
