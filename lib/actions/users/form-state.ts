/** What the account forms' server actions return to useActionState (shared with the client forms). */
export interface UserFormState {
  ok: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** A short confirmation for the aria-live region. */
  message?: string;
  userId?: string;
  /** A one-time password: shown to the admin once, stored nowhere. */
  temporaryPassword?: string;
}

export const initialUserFormState: UserFormState = { ok: false };
