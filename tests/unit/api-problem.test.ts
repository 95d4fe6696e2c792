import { describe, expect, it, vi } from "vitest";
import { errorResult, problem, problemOf, toResponse } from "@/lib/api/problem";
import { AppError } from "@/lib/errors";
import { m } from "@/lib/i18n";

describe("the JSON problem answer of the API routes", () => {
  it("is never cached and names the code, the Chinese message and the field errors", async () => {
    const res = problem(422, "INVALID", "请修改标红的字段", { fieldErrors: { version: "版本无效" } });
    expect(res.status).toBe(422);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ error: { code: "INVALID", message: "请修改标红的字段", fieldErrors: { version: "版本无效" } } });
  });

  it("leaves small answers uncompressed and lets large ones be gzipped", () => {
    expect(toResponse({ status: 200, body: { ok: "x".repeat(8000) } }).headers.get("cache-control")).toBe("no-store, no-transform");
    expect(toResponse({ status: 200, body: { ok: "x".repeat(9000) } }).headers.get("cache-control")).toBe("no-store");
  });

  it("answers an expected error in its own words and anything else as a logged 500 in general words", async () => {
    expect(errorResult(new AppError("NOT_FOUND", "找不到该报表"), "x")).toEqual({ status: 404, body: { error: { code: "NOT_FOUND", message: "找不到该报表" } } });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = problemOf(new Error("connection reset"), "target export failed");
    expect(log).toHaveBeenCalledWith("target export failed", expect.any(Error));
    log.mockRestore();
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: "INTERNAL", message: m.errors.unexpectedBody } });
  });
});
