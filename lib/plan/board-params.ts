// The plan board's address, as the page and its CSV read it: ?ngay=2026-06-10&xem=ngay|tuan
// &ban=<id>|tat-ca&nguoi=<id>&trang-thai=qua-han|… Words in the address are Vietnamese, like the
// rest of the newsroom's; an unknown or malformed value is dropped rather than refused, so an old
// bookmark still opens the board.
import { z } from "zod";
import { parseIsoDate } from "@/lib/audit/time";
import type { VnDate } from "@/lib/text/dateline";
import type { BoardDeskChoice, BoardView, DeadlineState } from "./board";

/** Each deadline state's word in the address. */
export const stateSlugs = {
  overdue: "qua-han",
  due_soon: "sap-den-han",
  on_track: "dang-lam",
  done_on_time: "dung-han",
  done_late: "tre-han",
  declined: "tu-choi",
  cancelled: "da-huy",
} as const satisfies Record<DeadlineState, string>;

const stateOfSlug = new Map(Object.entries(stateSlugs).map(([state, slug]) => [slug as string, state as DeadlineState]));

export const boardParamsSchema = z.object({
  ngay: z.string().optional(),
  xem: z.string().optional(),
  ban: z.string().optional(),
  nguoi: z.string().optional(),
  "trang-thai": z.string().optional(),
});
export type BoardParams = z.infer<typeof boardParamsSchema>;

export type BoardAddress = { day: VnDate | null; view: BoardView; desk: BoardDeskChoice; personId: number | null; state: DeadlineState | null };

const positiveId = (s: string | undefined): number | null => (s && /^[1-9]\d{0,9}$/.test(s) ? Number(s) : null);

export function readBoardParams(params: BoardParams): BoardAddress {
  return {
    day: params.ngay ? parseIsoDate(params.ngay) : null,
    view: params.xem === "tuan" ? "week" : "day",
    desk: params.ban === "tat-ca" ? "all" : positiveId(params.ban),
    personId: positiveId(params.nguoi),
    state: stateOfSlug.get(params["trang-thai"] ?? "") ?? null,
  };
}

/** The board's address with some of its parts changed; parts left empty are left out. */
export function boardHref(params: BoardParams, change: Partial<BoardParams> = {}, path = "/toa-soan/ke-hoach"): string {
  const merged = { ...params, ...change };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}
