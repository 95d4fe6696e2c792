import Link from "next/link";
import type { SessionUser } from "@/lib/auth/session-user";
import { m } from "@/lib/i18n";
import type { NavItem } from "@/lib/navigation";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export function AppHeader({ user, navigation }: { user: SessionUser; navigation: NavItem[] }) {
  return (
    <header className="no-print bg-brand-800 text-white shadow-sm">
      <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex min-w-0 items-center gap-2.5">
          <Emblem />
          <span className="truncate text-base font-semibold tracking-wide sm:text-lg">{m.app.name}</span>
        </Link>
        {user.isDemo && (
          <span className="hidden rounded bg-amber-400/90 px-1.5 py-0.5 text-xs font-medium text-amber-950 sm:inline">{m.app.demoBadge}</span>
        )}
        <div className="ml-auto hidden items-center gap-3 text-sm md:flex">
          <UserBadge user={user} />
          <Link href="/account/password" className="rounded px-2 py-1.5 text-sm text-brand-100 hover:bg-white/10 hover:text-white">
            {m.account.menu}
          </Link>
          <SignOutButton />
        </div>
        <details className="group relative ml-auto md:hidden">
          <summary
            aria-label={m.nav.openMenu}
            className="flex h-10 w-10 cursor-pointer list-none items-center justify-center rounded hover:bg-white/10 [&::-webkit-details-marker]:hidden"
          >
            <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M4 7h16M4 12h16M4 17h16" />
            </svg>
          </summary>
          <div className="absolute right-0 top-12 z-40 w-64 rounded-md bg-white p-3 text-slate-800 shadow-lg ring-1 ring-slate-200">
            <UserBadge user={user} tone="light" />
            <NavLinks items={navigation} orientation="vertical" />
            <div className="mt-2 border-t border-slate-200 pt-2">
              <Link href="/account/password" className="block w-full rounded px-2 py-2 text-sm text-slate-700 hover:bg-slate-100">
                {m.account.menu}
              </Link>
              <SignOutButton tone="light" />
            </div>
          </div>
        </details>
        <NotificationBell user={user} />
      </div>
      <div className="hidden border-t border-white/10 bg-brand-900/40 md:block">
        <div className="mx-auto max-w-6xl px-4 sm:px-6">
          <NavLinks items={navigation} orientation="horizontal" />
        </div>
      </div>
    </header>
  );
}

function UserBadge({ user, tone = "dark" }: { user: SessionUser; tone?: "dark" | "light" }) {
  const muted = tone === "dark" ? "text-brand-100" : "text-slate-500";
  return (
    <div className="min-w-0 leading-tight" aria-label={m.auth.signedInAs}>
      <div className="truncate font-medium">{user.displayName}</div>
      <div className={`truncate text-xs ${muted}`}>
        {m.roles[user.role]} · {user.organisationName ?? user.regionName}
      </div>
    </div>
  );
}

/** A simple seal-like mark: a cross in a circle, drawn inline so nothing is downloaded. */
function Emblem() {
  return (
    <svg aria-hidden viewBox="0 0 32 32" className="h-8 w-8 shrink-0">
      <circle cx="16" cy="16" r="15" fill="#fff" opacity="0.95" />
      <path d="M13 7h6v6h6v6h-6v6h-6v-6H7v-6h6z" fill="#b42318" />
    </svg>
  );
}
