"use server";

import { revalidatePath } from "next/cache";
import { runAsActor } from "@/lib/actions/server-action";
import { createStory, saveStory, submitStory, withdrawStory } from "@/lib/stories/commands";

// Thin wrappers: the commands validate, authorise and act; these refresh the newsroom's lists.

export async function createStoryAction(input: Parameters<typeof createStory>[2]) {
  const result = await runAsActor(createStory, input);
  if (result.ok) revalidatePath("/toa-soan");
  return result;
}

export async function saveStoryAction(input: Parameters<typeof saveStory>[2]) {
  const result = await runAsActor(saveStory, input);
  if (result.ok) revalidatePath("/toa-soan");
  return result;
}

export async function submitStoryAction(input: Parameters<typeof submitStory>[2]) {
  const result = await runAsActor(submitStory, input);
  if (result.ok) revalidatePath("/toa-soan");
  return result;
}

export async function withdrawStoryAction(input: Parameters<typeof withdrawStory>[2]) {
  const result = await runAsActor(withdrawStory, input);
  if (result.ok) revalidatePath("/toa-soan");
  return result;
}
