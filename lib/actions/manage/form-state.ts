/** What the /manage forms' server actions return to useActionState (shared with the client forms). */
export interface ManageFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** A short confirmation for the aria-live region. */
  message?: string;
  /** The target version after a save, so the form can carry on from it. */
  version?: number;
  /**
   * Otherwise the concurrency token the form carries on from after a save, in place of the one
   * it was loaded with: the record's new updatedAt (ISO), or a task's units signature.
   */
  token?: string;
  /** The import's row problems: sheet, row, column and reason, already in Chinese. */
  problems?: string[];
  planCode?: string;
}

export const initialManageFormState: ManageFormState = { ok: false };
