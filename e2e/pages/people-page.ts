import { expect, type Locator, type Page } from "@playwright/test";

/** "Người dùng" at /toa-soan/quan-tri/nguoi-dung, found by its Vietnamese names. */
export class PeoplePage {
  constructor(readonly page: Page) {}

  async goto(search = "") {
    await this.page.goto(`/toa-soan/quan-tri/nguoi-dung${search}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
  }

  createRegion(): Locator {
    return this.page.getByRole("region", { name: "Thêm người dùng" });
  }

  async create(person: { name: string; penName: string; email: string; role: string }) {
    const form = this.createRegion();
    await form.getByLabel("Họ tên", { exact: true }).fill(person.name);
    await form.getByLabel("Bút danh", { exact: true }).fill(person.penName);
    await form.getByLabel("Email", { exact: true }).fill(person.email);
    await form.getByLabel("Vai trò", { exact: true }).selectOption({ label: person.role });
    await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  }

  /** The one-time link shown after creating an account. */
  async createdLink(): Promise<string> {
    const field = this.createRegion().getByRole("textbox", { name: /^Liên kết đặt mật khẩu cho / });
    await expect(field).toHaveValue(/\/dat-mat-khau\//);
    return field.inputValue();
  }

  table(): Locator {
    return this.page.getByRole("table", { name: "Người dùng" });
  }

  /** A person's row; the admin's own row says "(bạn)" after the name. */
  row(name: string): Locator {
    const exactName = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(bạn\\))?$`);
    return this.table()
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: exactName }) });
  }

  lockButton = (name: string) => this.page.getByRole("button", { name: `Khóa tài khoản ${name}`, exact: true });
  unlockButton = (name: string) => this.page.getByRole("button", { name: `Mở khóa tài khoản ${name}`, exact: true });

  async changeRole(name: string, role: string) {
    await this.page.getByRole("combobox", { name: `Vai trò của ${name}`, exact: true }).selectOption({ label: role });
    await this.page.getByRole("button", { name: `Lưu vai trò của ${name}`, exact: true }).click();
  }

  async filter({ q = "", role = "Tất cả vai trò", state = "Tất cả trạng thái" }: { q?: string; role?: string; state?: string }) {
    const form = this.page.locator("search");
    await form.getByLabel("Tìm kiếm", { exact: true }).fill(q);
    await form.getByLabel("Vai trò", { exact: true }).selectOption({ label: role });
    await form.getByLabel("Trạng thái", { exact: true }).selectOption({ label: state });
    await form.getByRole("button", { name: "Lọc" }).click();
  }
}
