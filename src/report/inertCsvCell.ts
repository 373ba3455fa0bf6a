// A spreadsheet runs a cell starting with one of these as a formula
// (=HYPERLINK(…), +cmd|…, @SUM(…)); tab and CR start one in some importers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell a spreadsheet shows as text: a leading quote marks it as a literal (OWASP's advice). */
export function inertCsvCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
