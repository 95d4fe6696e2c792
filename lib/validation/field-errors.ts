/** The part of a zod issue a form shows: where it is and what is wrong, in Chinese. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** The field an issue belongs to: its first path segment, or the form as a whole. */
const fieldOf = (path: readonly PropertyKey[]) => String(path[0] ?? "form");

/**
 * A failed parse as the forms and the API show it: the first message of each field (the
 * schema lists the most basic check first), keyed by `keyOf` (by default the field's name).
 */
export function fieldErrorsOf(error: { issues: readonly FieldIssue[] }, keyOf: (path: readonly PropertyKey[]) => string = fieldOf): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[keyOf(issue.path)] ??= issue.message;
  return errors;
}
