import { route } from "@/lib/actions/route";
import { getNotificationSummary } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

// The bell's data for the signed-in person: the unread count and the latest notifications.
export const GET = route("newsroom.enter", {}, ({ db, actor }) => getNotificationSummary(db, actor));
