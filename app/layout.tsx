import type { Metadata, Viewport } from "next";
import "./globals.css";
import { m } from "@/lib/i18n";

export const metadata: Metadata = {
  title: { default: m.app.name, template: `%s · ${m.app.shortName}` },
  description: m.app.tagline,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#143b66" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
