"use server";

import { serverAction } from "@/lib/actions/server-action";
import { refreshHome } from "@/lib/cache/refresh";
import { setHomeLineup } from "./commands";

export const setHomeLineupAction = serverAction(setHomeLineup, { after: refreshHome });
