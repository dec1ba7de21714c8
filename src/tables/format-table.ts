import { describeValue, InvalidOptionError } from '../errors.js';
import { ownOptions } from '../internal/own-options.js';
import { type RowsSource, toRows } from './to-rows.js';

/** A flat record for a table: values are strings, numbers, booleans, `null` or lists of those. */
export type Row = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/**
 * Options of {@link formatTable}: `columns` (which keys, in order; default: every key of the first
 * row, then new keys of later rows) and `decimals` (digits after the point for non-integers; default 2).
 */
export interface FormatTableOptions {
  readonly columns?: readonly string[];
  readonly decimals?: number;
}

/**
 * Renders rows as a plain-text table with aligned columns, for terminals and logs: numbers are
 * right-aligned with thousands separators, `null` shows as `—`, lists are joined with ` > ` (the lists
 * `toRows` writes are ordered sequences: countries along a route, link ids in travel order).
 *
 * @param rows - flat records, e.g. from `toRows` (a result of this library is passed through
 *   `toRows` first).
 * @param options - see {@link FormatTableOptions}; only own properties are read.
 * @returns the table, lines joined by `\n` (no trailing newline); `(no rows)` when `rows` is empty.
 * @throws {InvalidOptionError} when `options` is not an object, `columns` is not a list of strings or
 *   names a column no row has, or `decimals` is not a whole number from 0 to 20.
 * @throws {InvalidArgumentError} when `rows` is neither a list of rows nor a result `toRows` accepts.
 * @example
 * ```ts
 * console.log(formatTable(toRows(findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' }))));
 * ```
 */
export function formatTable(rows: readonly Row[] | RowsSource, options: FormatTableOptions = {}): string {
  if (!Array.isArray(rows) || (rows.length > 0 && isResultList(rows))) return formatTable(toRows(rows as RowsSource), options);
  const list = rows as readonly Row[];
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InvalidOptionError('formatTable', 'options', options, 'expected an object (or nothing)');
  options = ownOptions(options); // inherited keys are not options
  if (options.columns !== undefined && (!Array.isArray(options.columns) || options.columns.some((c) => typeof c !== 'string'))) {
    throw new InvalidOptionError('formatTable', 'columns', options.columns, 'expected a list of column names');
  }
  if (list.length === 0) return '(no rows)';
  const decimals = options.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new InvalidOptionError('formatTable', 'decimals', decimals, 'expected a whole number from 0 to 20');
  const known = [...new Set(list.flatMap((r) => Object.keys(r)))];
  for (const column of options.columns ?? []) {
    if (!known.includes(column)) throw new InvalidOptionError('formatTable', 'columns', column, `no row has this column (columns: ${known.join(', ')})`);
  }
  const columns = options.columns ?? known;
  const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  const cells = list.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return { text: '—', right: false };
      if (typeof value === 'number') return { text: Number.isFinite(value) ? numberFormat.format(value) : String(value), right: true };
      if (Array.isArray(value)) return { text: value.map(cellText).join(' > '), right: false };
      return { text: cellText(value), right: false };
    }),
  );
  const widths = columns.map((column, c) => {
    let width = column.length;
    for (const row of cells) if (row[c]!.text.length > width) width = row[c]!.text.length;
    return width;
  });
  const line = (parts: string[]) => parts.join('  ').trimEnd();
  const header = line(columns.map((column, c) => column.padEnd(widths[c]!)));
  const rule = line(widths.map((w) => '-'.repeat(w)));
  const body = cells.map((row) => line(row.map((cell, c) => (cell.right ? cell.text.padStart(widths[c]!) : cell.text.padEnd(widths[c]!)))));
  return [header, rule, ...body].join('\n');
}

/** A cell's text: strings and other primitives as themselves, anything else described (never throws). */
function cellText(value: unknown): string {
  return typeof value === 'object' && value !== null ? describeValue(value) : typeof value === 'symbol' ? value.toString() : String(value);
}

/** True for lists `toRows` flattens (routes, scenario comparison rows, must-pass rows) rather than rows themselves. */
function isResultList(list: readonly unknown[]): boolean {
  const first = list[0];
  if (typeof first !== 'object' || first === null) return false;
  const kind = (first as { kind?: unknown }).kind;
  return kind === 'route' || kind === 'scenario-comparison-row' || kind === 'must-pass-countries';
}
