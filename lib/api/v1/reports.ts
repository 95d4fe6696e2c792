import "server-only";
import { z } from "zod";
import { getOrCreateReport, getReportForm, listMyPeriods, saveReportDraft, submitReport } from "../../dal/reports";
import { getMyReportForPeriod, listMyAssignments } from "../../dal/reports-api";
import { m } from "../../i18n";
import { fieldErrorsOf } from "../../validation/field-errors";
import { ZReportSubmit, type TReportSave } from "../../validation/reports";
import { apiError, type ApiResult } from "../problem";
import { apiRead } from "./respond";
import { apiWrite } from "./idempotency";

/**
 * The /api/v1 handlers for hospital systems (issue #5), the same data-access functions and
 * rules as the form: a token reaches its own hospital's or unit's reports only (another id
 * is 404), saves carry the version they were based on (stale → 409 with the stored form),
 * and every write is idempotent by its Idempotency-Key. Route files only re-export these.
 */
const ok = (body: unknown, status = 200): ApiResult => ({ status, body });
const notFound = () => apiError(404, "NOT_FOUND", m.apiV1.notFound);
const ZId = z.string().min(1).max(64);

type Params<K extends string> = { params: Promise<Record<K, string>> };

export async function getPeriods(request: Request): Promise<Response> {
  return apiRead(request, async (user) => ok({ periods: await listMyPeriods(user) }));
}

export async function getAssignments(request: Request): Promise<Response> {
  return apiRead(request, async (user) => {
    const periodId = ZId.safeParse(new URL(request.url).searchParams.get("periodId"));
    if (!periodId.success) return apiError(400, "BAD_REQUEST", m.apiV1.badQuery, { fieldErrors: { periodId: m.apiV1.badQuery } });
    return ok({ assignments: await listMyAssignments(user, periodId.data) });
  });
}

export async function getReport(request: Request, { params }: Params<"id">): Promise<Response> {
  const { id } = await params;
  return apiRead(request, async (user) => {
    const form = ZId.safeParse(id).success ? await getReportForm(user, id) : null;
    return form ? ok(form) : notFound();
  });
}

export async function getPeriodReport(request: Request, { params }: Params<"periodId">): Promise<Response> {
  const { periodId } = await params;
  return apiRead(request, async (user) => ok(await getMyReportForPeriod(user, periodId)));
}

/** POST: the reporter's report for the period, created as a DRAFT when there is none (201). */
export async function postPeriodReport(request: Request, { params }: Params<"periodId">): Promise<Response> {
  const { periodId } = await params;
  return apiWrite(request, async (user) => {
    const form = await getOrCreateReport(user, periodId);
    return ok(form, form.report.version === 1 && form.report.status === "DRAFT" ? 201 : 200);
  });
}

/** PUT: saves the draft; body = ZReportSave without reportId (the path names the report). */
export async function putReport(request: Request, { params }: Params<"id">): Promise<Response> {
  const { id } = await params;
  return apiWrite(request, async (user, body) => {
    if (typeof body !== "object" || body === null || Array.isArray(body)) return apiError(422, "INVALID", m.reports.form.errorSummary, { fieldErrors: { form: m.apiV1.badJson } });
    const saved = await saveReportDraft(user, { ...(body as Partial<TReportSave>), reportId: id } as TReportSave);
    return ok({ reportId: id, version: saved.version, status: "DRAFT" });
  });
}

/** POST …/submit: body { version }; a repeat of a submit that went through answers the same. */
export async function postSubmit(request: Request, { params }: Params<"id">): Promise<Response> {
  const { id } = await params;
  return apiWrite(request, async (user, body) => {
    const input = ZReportSubmit.safeParse({ ...(typeof body === "object" && body !== null ? body : {}), reportId: id });
    if (!input.success) return apiError(422, "INVALID", m.reports.form.errorSummary, { fieldErrors: fieldErrorsOf(input.error) });
    return ok(await submitReport(user, input.data));
  });
}
