"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { updateMediaDetails } from "./commands";
import { addMediaTrack, removeMediaTrack, updateMediaRights } from "./av-commands";

export type MediaDetailsState = FormState;

export const updateMediaDetailsAction = formAction(updateMediaDetails, { after: () => refreshNewsroom("/toa-soan/thu-vien-anh") });

const refreshLibrary = () => refreshNewsroom("/toa-soan/thu-vien-anh");

/** Rights (every item) and transcript (video and sound). */
export const updateMediaRightsAction = formAction(updateMediaRights, { after: refreshLibrary });
/** A WebVTT captions file added to a video or sound file. */
export const addMediaTrackAction = formAction(addMediaTrack, { after: refreshLibrary });
export const removeMediaTrackAction = formAction(removeMediaTrack, { after: refreshLibrary });
