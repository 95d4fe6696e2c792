import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { reportSaveFieldKey, type TReportSave } from "@/lib/validation/reports";

describe("field errors of a failed parse", () => {
  const ZForm = z.object({ code: z.string().min(1, "此项为必填项").regex(/^\S+$/, "编码不能包含空格"), year: z.number({ error: "请填写年份" }) });

  it("keep the first message of each field, and the form's own under 'form'", () => {
    expect(fieldErrorsOf(ZForm.safeParse({ code: "", year: "x" }).error!)).toEqual({ code: "此项为必填项", year: "请填写年份" });
    expect(fieldErrorsOf({ issues: [{ path: [], message: "整张表单无效" }, { path: ["code"], message: "a" }, { path: ["code"], message: "b" }] })).toEqual({ form: "整张表单无效", code: "a" });
  });

  it("key a report value's error by its assignment and field", () => {
    const input = { values: [{ assignmentId: "as1" }, { assignmentId: "as2" }] } as unknown as TReportSave;
    const issues = [{ path: ["values", 1, "value"], message: "不能为负数" }, { path: ["values", 5], message: "无效" }, { path: ["progress"], message: "过长" }];
    expect(fieldErrorsOf({ issues }, reportSaveFieldKey(input))).toEqual({ "as2.value": "不能为负数", "5.value": "无效", progress: "过长" });
  });
});
