import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { AppFrame } from "@/components/layout/app-frame";
import { requireUser } from "@/lib/auth/current-user";
import { navigationFor } from "@/lib/navigation";

const PASSWORD_PAGE = "/account/password";

/** Every page inside the application frame needs a signed-in user. */
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // A first sign-in, a reset or an expired password: nothing else until it is changed.
  const path = (await headers()).get("x-pathname");
  if (user.passwordChange && path !== PASSWORD_PAGE) redirect(`${PASSWORD_PAGE}?reason=${user.passwordChange === "expired" ? "expired" : "first"}`);
  return (
    <AppFrame user={user} navigation={navigationFor(user.role)}>
      {children}
    </AppFrame>
  );
}
