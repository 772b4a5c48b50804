// Reads for the pages outside the newsroom's session: the one-time password link's own page.
import { appDatabase } from "@/db/client";
import { findPasswordLink, type PasswordLinkHolder } from "./password-links";

/** Whose one-time link this is while it can still be used, on the app's own database; null otherwise. */
export async function getPasswordLinkHolder(token: string): Promise<PasswordLinkHolder | null> {
  return findPasswordLink(await appDatabase(), token);
}
