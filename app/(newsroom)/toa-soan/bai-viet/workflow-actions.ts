"use server";

import { revalidatePath } from "next/cache";
import type { Command } from "@/lib/actions/command";
import { runAsActor } from "@/lib/actions/server-action";
import { wakePublicationWorker } from "@/lib/publishing/events";
import * as workflow from "@/lib/workflow/commands";

// Thin wrappers: the commands validate, authorise, act and record; these refresh the newsroom's
// screens and wake the publication worker so readers' pages follow within a second.
async function run<I, T>(command: Command<I, T>, input: I) {
  const result = await runAsActor(command, input);
  if (result.ok) {
    revalidatePath("/toa-soan", "layout");
    wakePublicationWorker();
  }
  return result;
}

type Input<C> = C extends Command<infer I, unknown> ? I : never;

export async function claimStoryAction(input: Input<typeof workflow.claimStory>) {
  return run(workflow.claimStory, input);
}
export async function keepStoryHeldAction(input: Input<typeof workflow.keepStoryHeld>) {
  return runAsActor(workflow.keepStoryHeld, input);
}
export async function releaseStoryAction(input: Input<typeof workflow.releaseStory>) {
  return run(workflow.releaseStory, input);
}
export async function takeOverStoryAction(input: Input<typeof workflow.takeOverStory>) {
  return run(workflow.takeOverStory, input);
}
export async function returnStoryAction(input: Input<typeof workflow.returnStory>) {
  return run(workflow.returnStory, input);
}
export async function approveStoryAction(input: Input<typeof workflow.approveStory>) {
  return run(workflow.approveStory, input);
}
export async function scheduleStoryAction(input: Input<typeof workflow.scheduleStory>) {
  return run(workflow.scheduleStory, input);
}
export async function rescheduleStoryAction(input: Input<typeof workflow.rescheduleStory>) {
  return run(workflow.rescheduleStory, input);
}
export async function unscheduleStoryAction(input: Input<typeof workflow.unscheduleStory>) {
  return run(workflow.unscheduleStory, input);
}
export async function publishStoryAction(input: Input<typeof workflow.publishStory>) {
  return run(workflow.publishStory, input);
}
export async function unpublishStoryAction(input: Input<typeof workflow.unpublishStory>) {
  return run(workflow.unpublishStory, input);
}
export async function republishStoryAction(input: Input<typeof workflow.republishStory>) {
  return run(workflow.republishStory, input);
}
export async function correctStoryAction(input: Input<typeof workflow.correctStory>) {
  return run(workflow.correctStory, input);
}
