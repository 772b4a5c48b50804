"use server";

import { revalidatePath } from "next/cache";
import { runAsActor } from "@/lib/actions/server-action";
import { setHomeLineup } from "@/lib/home/commands";
import { homeCachePath } from "@/lib/publishing/paths";
import { forgetPublicAnswers } from "@/lib/publishing/public-answers";

export async function setHomeLineupAction(input: Parameters<typeof setHomeLineup>[2]) {
  const result = await runAsActor(setHomeLineup, input);
  if (result.ok) {
    // The public home page follows at once.
    revalidatePath("/");
    revalidatePath(homeCachePath);
    forgetPublicAnswers(["/"]);
    revalidatePath("/toa-soan/trang-chu");
  }
  return result;
}
