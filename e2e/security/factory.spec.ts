// The e2e data factory is closed to anyone without the run's token, and cannot be switched on
// beside a real deployment's settings (lib/env.ts).
import { expect, test } from "@playwright/test";
import { env, resetEnv } from "../../lib/env";
import { factoryToken, factoryTokenHeader } from "../support/factory";

test("the factory answers 404 without the run's token, or with another", async ({ request }) => {
  const order = { make: "person", role: "admin", password: "mat-khau-dai-du-8" };
  const wrong = factoryToken().replace(/.$/, (c) => (c === "a" ? "b" : "a"));

  const refused: Record<string, string>[] = [
    {},
    { [factoryTokenHeader]: "" },
    { [factoryTokenHeader]: wrong },
    { [factoryTokenHeader]: factoryToken().slice(0, -1) },
  ];
  for (const headers of refused) {
    expect((await request.post("/api/test/factory", { data: order, headers })).status(), JSON.stringify(headers)).toBe(404);
    expect((await request.get("/api/test/factory", { headers })).status(), JSON.stringify(headers)).toBe(404);
  }
  expect((await request.get("/api/test/factory", { headers: { [factoryTokenHeader]: factoryToken() } })).status()).toBe(200);
});

test("the server refuses to start with the factory's token beside SITE_URL or DATABASE_URL", () => {
  const names = ["E2E_FACTORY_TOKEN", "SITE_URL", "DATABASE_URL"] as const;
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  const set = (values: Partial<Record<(typeof names)[number], string>>) => {
    for (const n of names) process.env[n] = values[n] ?? "";
    resetEnv();
  };
  const token = "x".repeat(43);
  try {
    set({ E2E_FACTORY_TOKEN: token, SITE_URL: "https://baobiencuong.vn" });
    expect(() => env()).toThrow("E2E_FACTORY_TOKEN chỉ dùng cho bộ kiểm thử e2e, không được đặt cùng SITE_URL");
    set({ E2E_FACTORY_TOKEN: token, DATABASE_URL: "postgres://toasoan:mat-khau@db.example.vn:5432/toasoan" });
    expect(() => env()).toThrow("E2E_FACTORY_TOKEN chỉ dùng cho bộ kiểm thử e2e, không được đặt cùng DATABASE_URL");
    set({ E2E_FACTORY_TOKEN: token });
    expect(env().E2E_FACTORY_TOKEN).toBe(token);
  } finally {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
    resetEnv();
  }
});
