// Marking notifications read: only ever the actor's own, whatever ids are sent.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { z } from "zod";
import { notifications } from "@/db/schema";
import { defineCommand } from "@/lib/actions/command";

export const markNotificationsRead = defineCommand(
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(100).optional() }),
  async ({ ids }, ctx): Promise<{ marked: number }> => {
    ctx.authorize("newsroom.enter");
    const rows = await ctx.db
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, ctx.actor.id), isNull(notifications.readAt), ids ? inArray(notifications.id, ids) : undefined))
      .returning({ id: notifications.id });
    return { marked: rows.length };
  },
);
