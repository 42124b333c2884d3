import { parse } from 'csv-parse/sync';
import { AppError } from '../errors.ts';

export const importColumns = ['profiles', 'text', 'date', 'time', 'tags', 'campaign', 'link'] as const;
const requiredColumns = ['profiles', 'text', 'date', 'time'] as const;
export const MAX_IMPORT_ROWS = 1000;

export type CsvRecord = Partial<Record<(typeof importColumns)[number], string>>;

/**
 * The file's rows by column name (header row first, names matched regardless of case). A file that
 * cannot be read as CSV, or lacks a required column, is refused as a whole, saying what to fix.
 */
export function readCsv(csv: string): CsvRecord[] {
  let records: string[][];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), { skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: [',', ';', '\t'] });
  } catch (err) {
    throw invalid(`The file is not valid CSV: ${err instanceof Error ? err.message : String(err)}`);
  }
  const [header, ...rows] = records;
  if (!header) throw invalid('The file is empty: put a header row (profiles, text, date, time) and one row per post.');
  const names = header.map((h) => h.trim().toLowerCase());
  const missing = requiredColumns.filter((c) => !names.includes(c));
  if (missing.length > 0) throw invalid(`The header row lacks ${missing.join(', ')}; the columns are ${importColumns.join(', ')}.`);
  if (rows.length === 0) throw invalid('The file has a header but no rows.');
  if (rows.length > MAX_IMPORT_ROWS) throw invalid(`The file has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  return rows.map((cells) => {
    const record: CsvRecord = {};
    names.forEach((name, i) => {
      if ((importColumns as readonly string[]).includes(name)) record[name as keyof CsvRecord] = cells[i] ?? '';
    });
    return record;
  });
}

function invalid(message: string): AppError {
  return new AppError('validation_failed', message, { problems: [{ field: 'body.csv', message }] });
}
