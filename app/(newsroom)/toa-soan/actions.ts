"use server";

import { signOut } from "@/lib/auth/config";

// Anyone may end their own session; there is nothing to authorise or validate.
export async function logOut(): Promise<void> {
  await signOut({ redirectTo: "/dang-nhap" });
}
