"use server";

// Server actions of nhuận bút: thin wrappers over the commands (lib/actions/server-action.ts).

import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { gradeWork } from "./grading";
import { approveMonth, closeMonth, markPaid, unapproveMonth } from "./month";
import { updateRoyaltySettings } from "./settings-update";

export const gradeWorkAction = serverAction(gradeWork);
export const approveMonthAction = serverAction(approveMonth);
export const unapproveMonthAction = serverAction(unapproveMonth);
export const closeMonthAction = serverAction(closeMonth);
export const markPaidAction = serverAction(markPaid);

export const updateRoyaltySettingsAction = serverAction(updateRoyaltySettings, {
  // Every newsroom screen that grades or shows royalties reads the rules afresh.
  after: () => refreshNewsroom("/toa-soan", "layout"),
});
