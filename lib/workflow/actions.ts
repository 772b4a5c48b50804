"use server";

import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { wakePublicationWorker } from "@/lib/publishing/events";
import * as workflow from "./commands";

// After a move: the newsroom's screens, and the publication worker woken so that readers' pages
// follow within a second.
const moved = { after: () => (refreshNewsroom("/toa-soan", "layout"), wakePublicationWorker()) };

export const submitStoryAction = serverAction(workflow.submitStory, { after: () => refreshNewsroom() });
export const withdrawStoryAction = serverAction(workflow.withdrawStory, { after: () => refreshNewsroom() });
export const claimStoryAction = serverAction(workflow.claimStory, moved);
export const keepStoryHeldAction = serverAction(workflow.keepStoryHeld);
export const releaseStoryAction = serverAction(workflow.releaseStory, moved);
export const takeOverStoryAction = serverAction(workflow.takeOverStory, moved);
export const returnStoryAction = serverAction(workflow.returnStory, moved);
export const approveStoryAction = serverAction(workflow.approveStory, moved);
export const scheduleStoryAction = serverAction(workflow.scheduleStory, moved);
export const rescheduleStoryAction = serverAction(workflow.rescheduleStory, moved);
export const unscheduleStoryAction = serverAction(workflow.unscheduleStory, moved);
export const publishStoryAction = serverAction(workflow.publishStory, moved);
export const unpublishStoryAction = serverAction(workflow.unpublishStory, moved);
export const republishStoryAction = serverAction(workflow.republishStory, moved);
export const correctStoryAction = serverAction(workflow.correctStory, moved);
