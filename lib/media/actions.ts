"use server";

import { formAction, type FormState } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { updateMediaDetails } from "./commands";

export type MediaDetailsState = FormState;

export const updateMediaDetailsAction = formAction(updateMediaDetails, { after: () => refreshNewsroom("/toa-soan/thu-vien-anh") });
