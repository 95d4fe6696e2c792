import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { PlanDocumentState } from "@/lib/dal/manage/plan-document";
import { formatDateTime, formatNumber, m } from "@/lib/i18n";
import { PlanDocumentForm } from "./plan-document-form";

const d = m.manage.planDocument;
/** The card's anchor, linked from the document view of a plan without text. */
export const PLAN_DOCUMENT_ANCHOR = "document";

/** 规划原文 on a plan's maintenance page: bundled (read-only), entered (replaceable) or none yet. */
export function PlanDocumentCard({ plan, document, editable }: { plan: { id: string; code: string; title: string }; document: PlanDocumentState; editable: boolean }) {
  const viewLink = document.kind !== "none" && (
    <Link href={`/plans/${plan.code}/source`} className="text-sm font-medium text-brand-700 hover:underline">
      {d.view} →
    </Link>
  );
  return (
    <section id={PLAN_DOCUMENT_ANCHOR} className="scroll-mt-4">
      <Card title={d.title}>
        <div className="space-y-4">
          <p className="text-xs text-slate-500">{d.description}</p>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">
            <p className="min-w-0">
              {document.kind === "bundled" && d.bundled(document.label)}
              {document.kind === "none" && d.none}
              {document.kind === "entered" && d.entered(document.title, formatNumber(document.text.length), formatDateTime(document.updatedAt))}
            </p>
            {viewLink}
          </div>
          {editable && document.kind !== "bundled" && (
            <PlanDocumentForm
              planId={plan.id}
              file={document.kind === "entered" ? document.file : null}
              suggestedFileName={document.kind === "none" ? document.suggestedFileName : ""}
              title={document.kind === "entered" ? document.title : `${plan.title} 全文`}
              text={document.kind === "entered" ? document.text : ""}
              loaded={document.kind === "entered" ? document.updatedAt.toISOString() : ""}
            />
          )}
        </div>
      </Card>
    </section>
  );
}
