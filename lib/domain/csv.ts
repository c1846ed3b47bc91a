// CSV as spreadsheet software reads it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark
// so that Türkiye and Nurdağı open intact.
export const CSV_BOM = "\uFEFF";

/**
 * One CSV field. Text that a spreadsheet would run as a formula (starting with = + - @ or a control
 * character) is prefixed with an apostrophe, the OWASP defence against CSV injection.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvField).join(",") + "\r\n";
}
