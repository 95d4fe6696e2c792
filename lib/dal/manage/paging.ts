/** The /manage lists' page size. */
export const MANAGE_PAGE_SIZE = 20;

/** Which page to show of `total` rows: a page beyond the end shows the last one. */
export function pageOf(total: number, requested: number, size = MANAGE_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pageCount);
  return { page, pageCount, skip: (page - 1) * size, take: size };
}
