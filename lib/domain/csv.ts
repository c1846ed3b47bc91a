// CSV as spreadsheet software reads it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order mark
// so that Türkiye and Nurdağı open intact.
export const CSV_BOM = "\uFEFF";

// Text a spreadsheet would run as a formula starts with = + - @ or a control character. Text that
// already starts with apostrophes before such a character gets one more, so reading strips exactly
// the one that writing added: what goes out comes back unchanged.
const FORMULA = /^'*[=+\-@\t\r]/;
const DEFUSED = /^'+[=+\-@\t\r]/;

/**
 * One CSV field. Text that a spreadsheet would run as a formula is prefixed with an apostrophe, the
 * OWASP defence against CSV injection; `readCsvText` undoes it.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

/** The text a field held before `csvField` defused it. */
export function readCsvText(field: string): string {
  return DEFUSED.test(field) ? field.slice(1) : field;
}

export type CsvRecord = { line: number; fields: string[] };

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Parses RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends;
 * a leading byte-order mark is ignored). Each record keeps the line it starts on, for error messages.
 * Empty lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.startsWith(CSV_BOM) ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let field = "";
  let recordLine = 1;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    fields.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: recordLine, fields });
    fields = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        if (i < text.length && !/[,\r\n]/.test(text[i]))
          throw new CsvSyntaxError("A closing quote must be followed by a comma or the end of the line.", line);
        continue;
      }
      if (ch === "\n") line++;
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted && field === "") {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    if (ch === '"') throw new CsvSyntaxError("A quote inside an unquoted field; put the whole field in quotes and double the quote.", line);
    field += ch;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError("A quoted field is never closed.", recordLine);
  if (field !== "" || fields.length) endRecord();
  return records;
}
