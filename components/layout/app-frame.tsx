import type { SessionUser } from "@/lib/auth/session-user";
import { m } from "@/lib/i18n";
import type { NavItem } from "@/lib/navigation";
import { AppHeader } from "./app-header";

export function AppFrame({ user, navigation, children }: { user: SessionUser; navigation: NavItem[]; children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {m.app.skipToContent}
      </a>
      <AppHeader user={user} navigation={navigation} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
        {children}
      </main>
      <footer className="no-print border-t border-slate-200 bg-white">
        <p className="mx-auto max-w-6xl px-4 py-4 text-xs leading-relaxed text-slate-500 sm:px-6">{m.app.footer}</p>
      </footer>
    </div>
  );
}
