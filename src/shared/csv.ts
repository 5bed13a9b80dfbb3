/**
 * Spreadsheet-safe CSV cells, shared by every CSV export (responses, sends). A cell someone outside the company could
 * have written (a comment, a name, an email…) that would start with =, +, −, @, a tab or a carriage return gets a
 * leading apostrophe, which Excel, LibreOffice and Google Sheets show as text instead of running it as a formula
 * (OWASP "CSV injection"). Ids, dates and scores are written as they are.
 */
import { stringify } from 'csv-stringify/sync';

/** A text made safe to open in a spreadsheet (see the file comment); null and undefined stay as they are. */
export function defuse(text: string | null | undefined): string | null | undefined {
  return typeof text === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A CSV download of every record a paged list holds, as chunks (header first), one page at a time: memory stays flat
 * however many there are. `firstPage` is read by the caller before the download starts, so a refused caller or a bad
 * filter fails with its 4xx rather than in the middle of the file.
 */
export async function* csvPages<T>(
  header: readonly string[],
  firstPage: { data: T[]; nextCursor: string | null },
  nextPage: (cursor: string) => Promise<{ data: T[]; nextCursor: string | null }>,
  row: (item: T) => unknown[],
): AsyncGenerator<string> {
  yield stringify([[...header]]);
  let page = firstPage;
  for (;;) {
    if (page.data.length > 0) yield stringify(page.data.map(row));
    if (!page.nextCursor) return;
    page = await nextPage(page.nextCursor);
  }
}
