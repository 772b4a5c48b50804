"use server";

import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { wakePublicationWorker } from "@/lib/publishing/events";
import * as assignments from "./assignments";
import * as proposals from "./proposals";
import { updatePlanSettings } from "./settings";

// After a plan decision: the newsroom's screens (Kế hoạch, the start page's list); after a
// change to an assignment, the publication worker too, so its new deadline events are timed.
const changed = { after: () => refreshNewsroom("/toa-soan", "layout") };
const rearmed = { after: () => (refreshNewsroom("/toa-soan", "layout"), wakePublicationWorker()) };

export const proposeAction = serverAction(proposals.propose, changed);
export const editProposalAction = serverAction(proposals.editProposal, changed);
export const withdrawProposalAction = serverAction(proposals.withdrawProposal, changed);
export const approveProposalAction = serverAction(proposals.approveProposal, changed);
export const requestProposalChangesAction = serverAction(proposals.requestProposalChanges, changed);
export const rejectProposalAction = serverAction(proposals.rejectProposal, changed);

export const assignAction = serverAction(assignments.assign, rearmed);
export const acceptAssignmentAction = serverAction(assignments.acceptAssignment, rearmed);
export const declineAssignmentAction = serverAction(assignments.declineAssignment, changed);
export const startAssignmentAction = serverAction(assignments.startAssignment, rearmed);
export const deliverAssignmentAction = serverAction(assignments.deliverAssignment, changed);
export const reassignAssignmentAction = serverAction(assignments.reassignAssignment, rearmed);
export const cancelAssignmentAction = serverAction(assignments.cancelAssignment, changed);
export const changeAssignmentDeadlineAction = serverAction(assignments.changeAssignmentDeadline, rearmed);

export const updatePlanSettingsAction = serverAction(updatePlanSettings, { after: () => refreshNewsroom("/toa-soan/quan-tri/cai-dat") });
