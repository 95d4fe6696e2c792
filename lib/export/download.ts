/**
 * How an export leaves the server as a file: its name (dated in China Standard Time) and the
 * Content-Disposition header that carries a Chinese name to every browser.
 */
export type ExportFormat = "xlsx" | "csv" | "json";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};

const chinaDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });

/** "临床专科建设目标_2026-11-22.xlsx"; parts are joined with "_". */
export function exportFileName(parts: readonly string[], format: ExportFormat, at: Date): string {
  return `${[...parts, chinaDate.format(at)].join("_")}.${format}`;
}

/** RFC 5987 value characters: encodeURIComponent leaves ' ( ) * unescaped, the RFC does not allow them. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): browsers use the UTF-8 name;
 * anything older gets the ASCII fallback (by default the name with non-ASCII turned to "_").
 */
export function contentDisposition(fileName: string, asciiFallback = fileName): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** The response for a file download: never cached, never sniffed, named in Chinese with an ASCII fallback. */
export function fileDownload(
  body: BodyInit,
  contentType: string,
  fileName: string,
  asciiFallback: string,
  extraHeaders: Record<string, string> = {},
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": contentDisposition(fileName, asciiFallback),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      ...extraHeaders,
    },
  });
}
