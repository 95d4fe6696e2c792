import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "../../auth/current-user";
import type { SessionUser } from "../../auth/session-user";
import { m } from "../../i18n";
import { ZRecordId } from "../../validation/target-edit";
import { failureState, invalid } from "./failure";
import type { ManageFormState } from "./form-state";

/** What a form write came to: its result and the parsed input, or the form state to show. */
export type Outcome<R, I = unknown> = { ok: true; result: R; input: I } | { ok: false; state: ManageFormState };

/**
 * The steps every /manage form action takes: parse the form with its schema (field errors in
 * Chinese), require a signed-in user, call the data-access layer (which checks permission
 * and scope) and turn an expected refusal into the form's state. Revalidating and
 * redirecting stay with the caller, outside this try.
 */
export async function runFormWrite<S extends z.ZodType, R>(schema: S, formData: FormData, write: (user: SessionUser, input: z.output<S>) => Promise<R>): Promise<Outcome<R, z.output<S>>> {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, state: invalid(parsed.error) };
  const user = await requireUser();
  try {
    return { ok: true, result: await write(user, parsed.data), input: parsed.data };
  } catch (e) {
    return { ok: false, state: failureState(e) };
  }
}

/** Archive or restore by id (the confirmation was asked in the page). */
export async function runRecordWrite(formData: FormData, write: (user: SessionUser, id: string) => Promise<void>): Promise<Outcome<string>> {
  const outcome = await runFormWrite(ZRecordId, formData, async (user, { id }) => {
    await write(user, id);
    return id;
  });
  return outcome.ok || !outcome.state.fieldErrors ? outcome : { ok: false, state: { ok: false, formError: m.manage.common.genericError } };
}

/**
 * The records maintained here (units, specialties, regions …) show in task pages, forms,
 * dashboards and option lists all over the app: a change refreshes every page.
 */
const refreshAll = () => revalidatePath("/", "layout");

/** Create, then on to the new record's page (which may depend on the input, e.g. a section's plan). */
export async function runCreate<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  write: (user: SessionUser, input: z.output<S>) => Promise<string>,
  pageOf: (id: string, input: z.output<S>) => string,
): Promise<ManageFormState> {
  const outcome = await runFormWrite(schema, formData, write);
  if (!outcome.ok) return outcome.state;
  refreshAll();
  redirect(`${pageOf(outcome.result, outcome.input)}?created=1`);
}

/** Save an edit; the confirmation carries the record's new concurrency stamp for the form. */
export async function runSave<S extends z.ZodType>(schema: S, formData: FormData, write: (user: SessionUser, input: z.output<S>) => Promise<Date>, message: string = m.manage.common.saved): Promise<ManageFormState> {
  const outcome = await runFormWrite(schema, formData, write);
  if (!outcome.ok) return outcome.state;
  refreshAll();
  return { ok: true, message, token: outcome.result.toISOString() };
}

/** Archive or restore, then say so. */
export async function runArchiveToggle(formData: FormData, write: (user: SessionUser, id: string) => Promise<void>, message: string): Promise<ManageFormState> {
  const outcome = await runRecordWrite(formData, write);
  if (!outcome.ok) return outcome.state;
  refreshAll();
  return { ok: true, message };
}
