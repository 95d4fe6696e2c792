import { AppFrame } from "@/components/layout/app-frame";
import { requireUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/navigation";

/** Every page inside the application frame needs a signed-in user. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <AppFrame user={user} navigation={navigationFor(user.role)}>
      {children}
    </AppFrame>
  );
}
