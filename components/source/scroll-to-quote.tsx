"use client";

import { useEffect } from "react";

/**
 * Brings the quote named in the URL hash to the middle of the screen. The browser's own
 * fragment scrolling misses it when the view is reached by client-side navigation or while
 * a long document is still streaming in, and would put it at the very top.
 */
export function ScrollToQuote() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id.startsWith("q-")) return;
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
