/** What the /manage forms' server actions return to useActionState (shared with the client forms). */
export interface ManageFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** A short confirmation for the aria-live region. */
  message?: string;
  /** The target version after a save, so the form can carry on from it. */
  version?: number;
  /** Otherwise the record's concurrency token after a save (updatedAt as ISO, or a task's units signature). */
  token?: string;
  /** The record's updatedAt after a save (ISO), for forms whose concurrency stamp it is. */
  updatedAt?: string;
  /** The import's row problems: sheet, row, column and reason, already in Chinese. */
  problems?: string[];
  planCode?: string;
}

export const initialManageFormState: ManageFormState = { ok: false };
