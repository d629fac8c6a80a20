/**
 * Word list exports. Pure: strings in, strings out, so they are tested in Node.
 */
import { EXPORT_COLUMNS, type WordListEntry } from './types';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or CR before one) gets a
 * leading apostrophe, which spreadsheets show as text (OWASP "CSV injection"). A saved sentence
 * comes from a web page: it must not become =HYPERLINK(…) in the reader's spreadsheet.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(raw: string): string {
  const value = defuseFormula(raw);
  // RFC 4180 §2.6–2.7: quote fields holding a comma, quote, CR or LF; double inner quotes.
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** RFC 4180 CSV with a header row and CRLF line ends (the RFC's, and what spreadsheets expect). */
export function toCsv(entries: readonly WordListEntry[]): string {
  const header = [...EXPORT_COLUMNS, 'title', 'savedAt'];
  const rows = entries.map((e) => [
    ...EXPORT_COLUMNS.map((column) => e[column]),
    e.title,
    new Date(e.savedAt).toISOString(),
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function ankiField(value: string): string {
  // A tab or line break would start a new field or note; with #html:false a space reads best.
  const flat = defuseFormula(value).replace(/\r\n|[\t\r\n]/g, ' ');
  // Anki reads the file with a CSV parser: a quote would open a quoted field and a leading '#'
  // would make the line a comment, so such fields are quoted (inner quotes doubled).
  return /"/.test(flat) || flat.startsWith('#') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * Tab-separated notes for Anki's File → Import. The `#` header lines tell Anki the separator,
 * that fields are plain text, and the column names, so the import dialog maps them by itself.
 */
export function toAnkiTsv(entries: readonly WordListEntry[]): string {
  const lines = ['#separator:tab', '#html:false', `#columns:${EXPORT_COLUMNS.join('\t')}`];
  for (const e of entries) lines.push(EXPORT_COLUMNS.map((column) => ankiField(e[column])).join('\t'));
  return lines.join('\n') + '\n';
}
