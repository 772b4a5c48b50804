"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { restoreRevision } from "./commands";

export type RestoreState = FormState;

/** Khôi phục: the command validates, asks the policy ("story.edit") and checks the version. */
export const restoreRevisionAction = formAction(restoreRevision, {
  after: (_data, { storyId }) => {
    refreshNewsroom();
    refreshNewsroom(`/toa-soan/bai-viet/${storyId}`);
  },
  // The stored version is what the editor must show now, not a copy kept in the browser.
  redirectTo: (data, input) => `/toa-soan/bai-viet/${input.storyId}?ban=may-chu&khoi-phuc=${data.restoredNumber}`,
});
