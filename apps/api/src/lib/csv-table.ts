import { CsvError, parse } from 'csv-parse/sync';
import { AppError } from './app-error';

/** One data record of a CSV file. `row` is the spreadsheet row number: the header is row 1. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: CsvDelimiter;
  headers: string[];
  records: CsvRecord[];
}

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

const csvError = (code: string, message: string, details?: Record<string, unknown>) => new AppError(code, message, 400, undefined, details);

// WHATWG labels we honour from `Content-Type: text/csv; charset=…`; ISO-8859-1 decodes as windows-1252 there.
const CHARSETS = new Set(['utf-8', 'utf8', 'windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso-8859-15']);

/**
 * Decodes an uploaded CSV file to text. A byte-order mark decides first (UTF-8, UTF-16 LE/BE: Excel's
 * "CSV UTF-8" and "Unicode text"); then a declared charset; then strict UTF-8, falling back to
 * windows-1252, which is what Excel on Swiss Windows writes for plain "CSV (;)" — so "Zürich" is
 * not turned into "Z�rich". The BOM is dropped.
 */
export function decodeCsv(body: Buffer, charset?: string): string {
  if (body[0] === 0x50 && body[1] === 0x4b && body[2] === 0x03 && body[3] === 0x04) {
    throw csvError('CSV_ENCODING', 'This is an Excel workbook (.xlsx), not CSV: in Excel choose "Save as" → "CSV UTF-8".');
  }
  const text = decodeText(body, charset);
  // Postgres text cannot hold NUL; in a "CSV" it means UTF-16 without its BOM or a binary file.
  if (text.includes('\u0000')) throw csvError('CSV_ENCODING', 'The file is not CSV text (it holds NUL bytes): save it as "CSV UTF-8".');
  return text;
}

function decodeText(body: Buffer, charset?: string): string {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return strictUtf8(body.subarray(3));
  if (body[0] === 0xff && body[1] === 0xfe) return new TextDecoder('utf-16le').decode(body.subarray(2));
  if (body[0] === 0xfe && body[1] === 0xff) return new TextDecoder('utf-16be').decode(body.subarray(2));
  const declared = charset?.trim().toLowerCase().replace(/^"|"$/g, '');
  if (declared === 'iso-8859-15') return new TextDecoder(declared).decode(body);
  if (declared && CHARSETS.has(declared) && declared !== 'utf-8' && declared !== 'utf8') return decodeWindows1252(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    if (declared) return strictUtf8(body);
    return decodeWindows1252(body);
  }
}

// Bytes 0x80–0x9F of windows-1252 (€, ‚, „, …, ‘ ’ “ ” –, —, ™, Š, Ž, š, ž, Ÿ; unassigned ones stay
// C1 controls). Written out because Node 20's TextDecoder('windows-1252') decodes them as Latin-1
// controls, which would turn a price "€ 12" into "\u0080 12".
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw csvError('CSV_ENCODING', 'The file says it is UTF-8 but is not; save it again as "CSV UTF-8".');
  }
}

/**
 * Picks the delimiter that occurs most often outside quotes in the header line: Swiss Excel writes
 * `;` (the decimal comma of some locales rules out `,`), other tools `,`; tab for "text" exports.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvDelimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

// Excel's own hint line, `sep=;`, written by some exports and honoured by Excel when opening.
const SEP_HINT = /^sep=([;,\t])\r?\n/i;

/**
 * Parses CSV text into a header and records: `,`, `;` or tab separated (or as a leading `sep=`
 * line says), quoted fields with `""` escapes and line breaks, CRLF, LF or CR line ends.
 * Records whose cells are all blank (Excel's trailing `;;;;` lines) are skipped but still
 * counted, so `row` matches the row number a spreadsheet shows.
 */
export function parseCsvTable(text: string, options: { maxRows: number }): CsvTable {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const hint = SEP_HINT.exec(body);
  if (hint) body = body.slice(hint[0].length);
  const delimiter = (hint?.[1] as CsvDelimiter | undefined) ?? detectDelimiter(body);
  let records: string[][];
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      trim: true,
      skip_empty_lines: false,
      max_record_size: 64 * 1024,
    });
  } catch (err) {
    if (err instanceof CsvError) {
      const reported = (err as CsvError & { lines?: number }).lines;
      const line = reported === undefined ? undefined : reported + (hint ? 1 : 0);
      throw csvError('CSV_MALFORMED', `The file is not valid CSV${line ? ` near line ${line}` : ''}: ${err.message}`, { line, reason: err.code });
    }
    throw err;
  }
  const [header, ...rest] = records;
  if (!header || header.every((h) => h === '')) throw csvError('CSV_EMPTY', 'The file is empty: the first line must name the columns.');
  const data: CsvRecord[] = [];
  rest.forEach((cells, i) => {
    if (cells.some((c) => c !== '')) data.push({ row: i + 2, cells });
  });
  if (data.length === 0) throw csvError('CSV_EMPTY', 'The file has a header line but no rows.');
  if (data.length > options.maxRows) {
    throw csvError('CSV_TOO_MANY_ROWS', `The file has ${data.length} rows; at most ${options.maxRows} can be imported at once. Split it into several files.`, {
      rows: data.length,
      maxRows: options.maxRows,
    });
  }
  return { delimiter, headers: header, records: data };
}
