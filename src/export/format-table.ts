/** A flat record for a table: values are strings, numbers, booleans, `null` or lists of those. */
export type Row = Readonly<Record<string, string | number | boolean | null | readonly (string | number)[]>>;

/**
 * Options of {@link formatTable}: `columns` (which keys, in order; default: every key of the first
 * row, then new keys of later rows) and `decimals` (digits after the point for non-integers; default 1).
 */
export interface FormatTableOptions {
  readonly columns?: readonly string[];
  readonly decimals?: number;
}

/**
 * Renders rows as a plain-text table with aligned columns, for terminals and logs: numbers are
 * right-aligned with thousands separators, `null` shows as `—`, lists are joined with ` > `
 * (ordered sequences such as countries along a route).
 *
 * @param rows - flat records, e.g. from `toRows`.
 * @param options - see {@link FormatTableOptions}.
 * @returns the table, lines joined by `\n` (no trailing newline); `(no rows)` when `rows` is empty.
 * @example
 * ```ts
 * console.log(formatTable(toRows(findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' }))));
 * ```
 */
export function formatTable(rows: readonly Row[], options: FormatTableOptions = {}): string {
  if (rows.length === 0) return '(no rows)';
  const decimals = options.decimals ?? 1;
  const columns = options.columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  const cells = rows.map((row) =>
    columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return { text: '—', right: false };
      if (typeof value === 'number') return { text: Number.isFinite(value) ? numberFormat.format(value) : String(value), right: true };
      if (Array.isArray(value)) return { text: value.join(' > '), right: false };
      return { text: String(value), right: false };
    }),
  );
  const widths = columns.map((column, c) => Math.max(column.length, ...cells.map((row) => row[c]!.text.length)));
  const line = (parts: string[]) => parts.join('  ').trimEnd();
  const header = line(columns.map((column, c) => column.padEnd(widths[c]!)));
  const rule = line(widths.map((w) => '-'.repeat(w)));
  const body = cells.map((row) => line(row.map((cell, c) => (cell.right ? cell.text.padStart(widths[c]!) : cell.text.padEnd(widths[c]!)))));
  return [header, rule, ...body].join('\n');
}
