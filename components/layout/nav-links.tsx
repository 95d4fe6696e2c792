"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { m } from "@/lib/i18n";
import type { NavItem } from "@/lib/navigation";

export function NavLinks({ items, orientation }: { items: NavItem[]; orientation: "horizontal" | "vertical" }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname.startsWith(href));
  const horizontal = orientation === "horizontal";
  return (
    <nav aria-label={m.nav.mainNav}>
      <ul className={horizontal ? "flex gap-1 overflow-x-auto" : "mt-2 flex flex-col"}>
        {items.map((item) => {
          const active = isActive(item.href);
          const style = horizontal
            ? `block whitespace-nowrap border-b-2 px-3 py-2.5 text-sm ${active ? "border-white font-medium text-white" : "border-transparent text-brand-100 hover:text-white"}`
            : `block rounded px-2 py-2.5 text-sm ${active ? "bg-brand-50 font-medium text-brand-800" : "hover:bg-slate-100"}`;
          return (
            <li key={item.href}>
              <Link href={item.href} className={style} aria-current={active ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
