import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { m } from "@/lib/i18n";

/**
 * Anyone but an admin on the user pages: `attempt` calls the data-access layer, which
 * records the refusal (DENIED) and throws the 403 this page then explains.
 */
export async function UsersRefused({ attempt }: { attempt: () => Promise<unknown> }) {
  try {
    await attempt();
  } catch (e) {
    if (!isAppError(e) || e.code !== "FORBIDDEN") throw e;
  }
  return (
    <div className="space-y-4">
      <PageHeader title={m.users.list.title} />
      <EmptyState title={m.users.list.forbiddenTitle} body={m.users.list.forbiddenBody} />
    </div>
  );
}
