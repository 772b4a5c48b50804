"use server";

import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { createStory, saveStory } from "./commands";

export const createStoryAction = serverAction(createStory, { after: () => refreshNewsroom() });
// A save (the editor's autosave, every few seconds) refreshes nothing: newsroom screens are
// rendered for each request anyway, and a refresh here would make Next render the whole editor
// page again around the writer after every save — a database read that, while the database
// restarts, turns a save that succeeded into an error page.
export const saveStoryAction = serverAction(saveStory);
