import Link from "next/link";
import { Breadcrumbs, type Crumb } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { m } from "@/lib/i18n";

/**
 * The top of a /manage page: the trail from the hub, the title, an optional "新增…" button, and
 * the confirmation after a record was just created (?created=1).
 */
export function ManageHeader(props: { trail: Crumb[]; title: string; description?: string; create?: { href: string; label: string }; created?: string | false }) {
  return (
    <>
      <div>
        <Breadcrumbs items={[{ label: m.manage.hub.title, href: "/manage" }, ...props.trail]} />
        <PageHeader
          title={props.title}
          description={props.description}
          actions={
            props.create && (
              <Link href={props.create.href} className="rounded-md bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
                {props.create.label}
              </Link>
            )
          }
        />
      </div>
      {props.created && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-ok">
          {props.created}
        </p>
      )}
    </>
  );
}
