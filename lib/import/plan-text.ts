/**
 * A plan's published text as staff upload it (issue #7): saved from Word or WPS as .txt or
 * .md, in UTF-8 or, on many commission desktops, in GBK/GB18030, with Windows line ends.
 * Quotes are matched against the stored text character by character, so it is stored in one
 * form: no byte-order mark, LF line ends.
 */

/** An upload above this is refused before it is read; the longest bundled text is about 80 KB. */
export const MAX_PLAN_TEXT_BYTES = 1024 * 1024;
/** Characters, for pasted and uploaded text alike: ten times the longest bundled document. */
export const MAX_PLAN_TEXT_CHARS = 300_000;

export type PlanTextEncoding = "UTF-8" | "UTF-16" | "GB18030";
export type DecodedPlanText = { ok: true; text: string; encoding: PlanTextEncoding } | { ok: false };

/** No byte-order mark, LF line ends (a textarea submits CRLF; old Mac files use CR). */
export const normalizePlanText = (text: string) => text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");

/**
 * UTF-8 when the bytes are valid UTF-8 (a GBK file practically never is), UTF-16 when it
 * starts with its byte-order mark (Notepad's "Unicode"), otherwise GB18030, which reads GBK
 * and GB2312 too. Bytes that are text in none of them (a .docx, a picture) are refused.
 */
export function decodePlanText(bytes: Uint8Array): DecodedPlanText {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  let text: string;
  let encoding: PlanTextEncoding;
  if (utf16) {
    text = new TextDecoder(utf16).decode(bytes);
    encoding = "UTF-16";
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      encoding = "UTF-8";
    } catch {
      text = new TextDecoder("gb18030").decode(bytes);
      encoding = "GB18030";
    }
  }
  return looksBinary(text) ? { ok: false } : { ok: true, text: normalizePlanText(text), encoding };
}

/** A replacement character (bytes no encoding could read) or a control character other than tab and line ends. */
function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)) return true;
  }
  return false;
}
