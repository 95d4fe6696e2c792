/**
 * Figures as people type them into forms and spreadsheets: full-width digits (１２．５),
 * thousands separators and stray spaces are read; a comparison sign ("≥10") or anything
 * else that is not a plain number is refused with a reason, never guessed at.
 */
export type FigureReading = { ok: true; value: number | null } | { ok: false; reason: "notNumber" | "withSymbol" };

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0E\uFF0C\uFF0D\uFF0B]/g;
const COMPARISON = /[≥≤<>＞＜=＝]|不低于|不少于|不高于|不超过|以上|以下/;

export function normalizeFullWidth(text: string): string {
  // U+FF10–FF19 digits, FF0E full stop, FF0C comma, FF0D minus, FF0B plus → their ASCII forms.
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** "" is no figure (null); "12", "１２", " 1,200 ", "12.5" are figures. */
export function readFigure(raw: string | number | null | undefined): FigureReading {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: "notNumber" };
  const text = normalizeFullWidth(raw).replace(/\s+/g, "");
  if (text === "") return { ok: true, value: null };
  if (COMPARISON.test(text)) return { ok: false, reason: "withSymbol" };
  const plain = text.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(plain)) return { ok: false, reason: "notNumber" };
  const value = Number(plain);
  // The database keeps 18 digits with 4 decimals.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e14) return { ok: false, reason: "notNumber" };
  return { ok: true, value };
}

/** A four-digit year between 1949 and 2100, full-width digits allowed. */
export function readYear(raw: string | number | null | undefined): { ok: true; value: number | null } | { ok: false } {
  const figure = readFigure(raw);
  if (!figure.ok) return { ok: false };
  if (figure.value === null) return { ok: true, value: null };
  return Number.isInteger(figure.value) && figure.value >= 1949 && figure.value <= 2100 ? { ok: true, value: figure.value } : { ok: false };
}
