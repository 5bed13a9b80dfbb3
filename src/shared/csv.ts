/**
 * Spreadsheet-safe CSV cells, shared by every CSV export (responses, sends). A cell someone outside the company could
 * have written (a comment, a name, an email…) that would start with =, +, −, @, a tab or a carriage return gets a
 * leading apostrophe, which Excel, LibreOffice and Google Sheets show as text instead of running it as a formula
 * (OWASP "CSV injection"). Ids, dates and scores are written as they are.
 */

/** A text made safe to open in a spreadsheet (see the file comment); null and undefined stay as they are. */
export function defuse(text: string | null | undefined): string | null | undefined {
  return typeof text === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
