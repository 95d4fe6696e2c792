import { m } from "@/lib/i18n";

export interface Enrolment {
  qrDataUrl: string;
  secret: string;
}

export function TotpEnrolment({ enrolment }: { enrolment: Enrolment }) {
  return (
    <div className="space-y-2">
      <h3 className="font-medium text-slate-900">{m.auth.enrolTitle}</h3>
      <p className="text-sm text-slate-600">{m.auth.enrolHint}</p>
      {/* A data: URL generated on the server; next/image adds nothing for it. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={enrolment.qrDataUrl} alt={m.auth.enrolTitle} width={180} height={180} className="mx-auto rounded border border-slate-200" />
      <p className="text-xs text-slate-500">
        {m.auth.enrolManual}
        <code className="break-all rounded bg-slate-100 px-1 py-0.5 font-mono text-slate-700">{enrolment.secret}</code>
      </p>
    </div>
  );
}
