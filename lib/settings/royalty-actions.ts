"use server";

// Cài đặt → Nhuận bút's one action (royalty-settings.ts).
import { serverAction } from "@/lib/actions/server-action";
import { refreshNewsroom } from "@/lib/cache/refresh";
import { updateRoyaltySettings } from "./royalty-settings";

export const updateRoyaltySettingsAction = serverAction(updateRoyaltySettings, {
  // Every newsroom screen that grades or shows royalties reads the rules afresh.
  after: () => refreshNewsroom("/toa-soan", "layout"),
});
