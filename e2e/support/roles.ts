// Who the suite signs in as. The four demo accounts (db/seed/seed.ts) each sign in once, in the
// setup project (e2e/sessions.setup.ts), and their sessions are reused by every spec of their role;
// a spec that ends a session (log-out, password or role change, a lock) uses a person of its own,
// made by the factory (e2e/support/factory.ts).
import path from "node:path";
import { demoUsers } from "../pages/login-page";

export type SessionRole = keyof typeof demoUsers; // "reporter" | "editor" | "chief" | "admin"
export const sessionRoles = Object.keys(demoUsers) as SessionRole[];

/** e2e/.auth/<role>.json (gitignored), written by the setup project. */
export const storageStateOf = (role: SessionRole) => path.join(process.cwd(), "e2e", ".auth", `${role}.json`);

/** The database's roles, as the factory takes them, and what the newsroom shows for each. */
export type Role = "reporter" | "editor" | "chief_editor" | "admin";
export const roleScreens: Record<Role, { label: string; heading: string }> = {
  reporter: { label: "Phóng viên", heading: "Bài của tôi" },
  editor: { label: "Biên tập viên", heading: "Hàng đợi biên tập" },
  chief_editor: { label: "Thư ký tòa soạn", heading: "Bàn thư ký tòa soạn" },
  admin: { label: "Quản trị", heading: "Quản trị" },
};
