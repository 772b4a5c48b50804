// The test-only crash hook (lib/env.ts TOASOAN_FAULT, faultPoint): refused in production unless
// spelled out, and firing only at its own point, in the supervisor's first run.
import { afterEach, describe, expect, it, vi } from "vitest";
import { env, faultPoint, resetEnv } from "@/lib/env";

const saved = { ...process.env };

function withEnv(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnv();
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const key of ["NODE_ENV", "TOASOAN_FAULT", "TOASOAN_RESTARTS"]) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  resetEnv();
});

describe("TOASOAN_FAULT", () => {
  it("is refused in production unless it ends in :in-production", () => {
    withEnv({ NODE_ENV: "production", TOASOAN_FAULT: "kill-after-publish-commit" });
    expect(() => env()).toThrow(/TOASOAN_FAULT chỉ dành cho kiểm thử/);
    withEnv({ NODE_ENV: "production", TOASOAN_FAULT: "kill-after-publish-commit:in-production" });
    expect(env().TOASOAN_FAULT).toBe("kill-after-publish-commit:in-production");
  });

  it("is taken as it is outside production, and only names a known point", () => {
    withEnv({ NODE_ENV: "test", TOASOAN_FAULT: "kill-during-scheduled-publication" });
    expect(env().TOASOAN_FAULT).toBe("kill-during-scheduled-publication");
    withEnv({ NODE_ENV: "test", TOASOAN_FAULT: "kill-everything" });
    expect(() => env()).toThrow(/TOASOAN_FAULT phải là một trong: kill-after-publish-commit, kill-during-scheduled-publication/);
  });
});

describe("faultPoint", () => {
  it("kills the process at its own point, in the first run only", () => {
    const kill = vi.spyOn(process, "kill").mockImplementation(() => true);
    withEnv({ NODE_ENV: "production", TOASOAN_FAULT: "kill-after-publish-commit:in-production", TOASOAN_RESTARTS: "0" });
    faultPoint("kill-during-scheduled-publication");
    expect(kill).not.toHaveBeenCalled();
    faultPoint("kill-after-publish-commit");
    expect(kill).toHaveBeenCalledWith(process.pid, "SIGKILL");

    kill.mockClear();
    withEnv({ TOASOAN_RESTARTS: "1" });
    faultPoint("kill-after-publish-commit");
    expect(kill).not.toHaveBeenCalled();
  });

  it("does nothing without TOASOAN_FAULT", () => {
    const kill = vi.spyOn(process, "kill").mockImplementation(() => true);
    withEnv({ TOASOAN_FAULT: undefined, TOASOAN_RESTARTS: "0" });
    faultPoint("kill-after-publish-commit");
    expect(kill).not.toHaveBeenCalled();
  });
});
