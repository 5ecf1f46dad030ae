/**
 * The benchmark's shared harness: medians and percentiles, ratio and time formatting, one table
 * per measure, and the collected figures that are written as JSON at the end. Measures only;
 * nothing here compares a figure with a goal except to print "yes"/"no" beside it.
 */

/** Median of samples (mean of the middle two for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Nearest-rank percentile. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Runs `once` `runs` times in a row (awaiting each) and returns every result. */
export async function repeat<T>(runs: number, once: (run: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < runs; run++) results.push(await once(run));
  return results;
}

/** "8.1 ms", "2,466 ms", "1.2 s". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${Math.round(value).toLocaleString('en')} ms`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

/** "12.3 KB", "4.1 MB". */
export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
  return `${(value / 1024).toFixed(1)} KB`;
}

/** How many times `value` is `baseline`: "2.4×", "0.31×". */
export function ratio(value: number, baseline: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(baseline) || baseline === 0) return '—';
  const r = value / baseline;
  return `${r >= 100 ? Math.round(r).toLocaleString('en') : r >= 10 ? r.toFixed(0) : r.toFixed(2)}×`;
}

/**
 * "yes" / "no" beside a goal (undefined: not measured in this run). A quick run (one sample on
 * the smallest sizes, a cold page) is not comparable with the goals, so it judges none.
 */
export const met = (ok: boolean | undefined, quick = false) =>
  quick ? QUICK_MARK : ok === undefined ? '—' : ok ? 'yes' : 'NO';

/** What a quick run prints instead of yes/no beside a timing goal. */
export const QUICK_MARK = 'not judged (quick run)';

/** One printed table: a title, column headers and rows of cells. */
export interface Table {
  title: string;
  note?: string;
  columns: string[];
  rows: string[][];
}

/** Prints a table with aligned columns (plain text, readable in a terminal and in CI logs). */
export function printTable(table: Table): void {
  const widths = table.columns.map((c, i) =>
    Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(`\n${table.title}`);
  console.log(line(table.columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of table.rows) console.log(line(row));
  if (table.note) console.log(table.note);
}

/** A table as a Markdown table (for the README). */
export function markdownTable(table: Table): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [row(table.columns), row(table.columns.map(() => '---')), ...table.rows.map(row)].join(
    '\n',
  );
}

/** Everything one run measured: printed tables and raw figures, written as JSON at the end. */
export interface Report {
  tables: Table[];
  figures: Record<string, unknown>;
}

export function newReport(): Report {
  return { tables: [], figures: {} };
}

/** Records a measure: prints its table and keeps the figures under `key`. */
export function record(report: Report, key: string, table: Table, figures: unknown): void {
  printTable(table);
  report.tables.push(table);
  report.figures[key] = figures;
}
