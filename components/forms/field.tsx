export const inputClass = (invalid: boolean) =>
  `mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base shadow-xs focus:outline-2 focus:outline-brand-600 sm:text-sm ${
    invalid ? "border-bad" : "border-slate-300"
  }`;

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-bad">
      {message}
    </p>
  );
}
