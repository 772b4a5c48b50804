"use server";

import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { createStory, saveStory } from "./commands";

export const createStoryAction = serverAction(createStory, { after: () => refreshNewsroom() });
export const saveStoryAction = serverAction(saveStory, { after: () => refreshNewsroom() });
