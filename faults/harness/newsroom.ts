// The newsroom a fault test needs: a migrated database on its own cluster, people made with the
// data factories (db/factories.ts) and a password to log in with, and the few screens the tests
// drive, found by their Vietnamese names as a reporter would find them.
import { expect, type Page } from "@playwright/test";
import { openDatabase, type Database } from "@/db/client";
import { makePerson } from "@/db/factories";
import type { Role } from "@/db/schema";
import { seedBase } from "@/db/seed/seed";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/policy/policy";
import type { Cluster } from "./cluster";

export const password = "mat-khau-kiem-thu-su-co";

export type Account = Actor & { email: string };

/** A new database on the cluster, migrated and given the paper's sections; returns its URL. */
export async function createNewsroomDatabase(cluster: Cluster, name = "toasoan"): Promise<string> {
  cluster.psql(`create database ${name}`);
  const url = cluster.url(name);
  await withDatabase(url, (db) => seedBase(db));
  return url;
}

/** Opens the database for one step of a test and closes it after, so no pool outlives a fault. */
export async function withDatabase<T>(url: string, body: (db: Database) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ url });
  try {
    return await body(handle.db);
  } finally {
    await handle.close();
  }
}

const hash = hashPassword(password);

/** An active account of this role that logs in with `password`. */
export async function makeAccount(db: Database, role: Role, name: string, email: string): Promise<Account> {
  const actor = await makePerson(db, role, { name, email, passwordHash: await hash });
  return { ...actor, email };
}

export async function logIn(page: Page, account: Pick<Account, "email">): Promise<void> {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await page.waitForURL((url) => url.pathname === "/toa-soan");
}

/** The story editor's fields and its save status (components/newsroom/story-editor). */
export class StoryEditor {
  constructor(readonly page: Page) {}

  title = () => this.page.getByLabel("Tiêu đề", { exact: true });
  sapo = () => this.page.getByLabel("Sapo", { exact: true });
  body = () => this.page.getByRole("textbox", { name: "Nội dung" });
  saveStatus = () => this.page.getByTestId("save-status");

  static readonly savedText = /^Đã lưu lúc \d{2}:\d{2}$/;

  async waitSaved(timeout = 15_000): Promise<void> {
    await expect(this.saveStatus()).toHaveText(StoryEditor.savedText, { timeout });
  }

  async storyId(): Promise<number> {
    await expect(this.page).toHaveURL(/\/toa-soan\/bai-viet\/\d+/);
    return Number(/\/bai-viet\/(\d+)/.exec(this.page.url())![1]);
  }
}
