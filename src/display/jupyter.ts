import { formatTable, type Row } from '../tables/format-table.js';

/**
 * The key a Jupyter kernel for JavaScript (Deno's) looks for: an object with a method under this
 * symbol is displayed with the MIME bundle the method returns.
 */
export const JUPYTER_DISPLAY = Symbol.for('Jupyter.display');

/** A Jupyter MIME bundle: MIME type → content. */
export type MimeBundle = Record<string, string>;

/**
 * Gives an object a Jupyter display method (non-enumerable, so it changes neither JSON nor equality):
 * in a notebook the object then shows as an HTML table of `rows()` (plain text for other front ends).
 * Internal; the library's results carry it.
 */
export function withTableDisplay<T extends object>(value: T, rows: () => readonly Row[], title?: string): T {
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    enumerable: false,
    value: (): MimeBundle => {
      const data = rows();
      const heading = title === undefined ? '' : `<p><strong>${escapeHtml(title)}</strong></p>`;
      return {
        'text/html': `${heading}${htmlTable(data)}`,
        'text/plain': `${title === undefined ? '' : `${title}\n`}${formatTable(data)}`,
      };
    },
  });
  return value;
}

/**
 * Wraps an SVG string (e.g. from `renderMap`) in an object that a Jupyter kernel (Deno's) displays as
 * the picture; `svg` holds the text.
 *
 * @param svg - a complete SVG document.
 * @returns `{ svg }` with a Jupyter display method returning `image/svg+xml`.
 * @example
 * ```ts
 * svgDisplay(renderMap(network)); // as the last expression of a notebook cell
 * ```
 */
export function svgDisplay(svg: string): { readonly svg: string } {
  const value = { svg };
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    enumerable: false,
    value: (): MimeBundle => ({ 'image/svg+xml': svg, 'text/plain': `SVG map, ${svg.length.toLocaleString('en-US')} characters` }),
  });
  return value;
}

/** An HTML table of rows (cells escaped; numbers right-aligned; lists joined with ` > `). */
export function htmlTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '<p>(no rows)</p>';
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: Row[string] | undefined) => {
    if (v === null || v === undefined) return '<td>—</td>';
    if (typeof v === 'number') return `<td style="text-align:right">${escapeHtml(Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 3 }) : String(v))}</td>`;
    if (Array.isArray(v)) return `<td>${escapeHtml(v.join(' > '))}</td>`;
    return `<td>${escapeHtml(String(v))}</td>`;
  };
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${columns.map((c) => cell(r[c])).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * Characters XML 1.0 forbids even escaped (C0 controls other than tab, newline and carriage return;
 * U+FFFE, U+FFFF; unpaired surrogates). They are shown as U+FFFD, so the text stays visible and the
 * document well-formed.
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML and SVG content and attributes (well-formed XML whatever the input). */
export function escapeHtml(text: string): string {
  return text
    .replace(XML_FORBIDDEN, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
