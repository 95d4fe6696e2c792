import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { m } from "@/lib/i18n";

export const metadata: Metadata = {
  title: { default: m.app.name, template: `%s · ${m.app.shortName}` },
  description: m.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#143b66" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next.js can put the CSP nonce (proxy.ts) on its scripts.
  await headers();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
