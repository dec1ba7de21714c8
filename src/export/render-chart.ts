import { scaleLinear } from 'd3-scale';
import { escapeHtml } from '../display/jupyter.js';
import { InvalidArgumentError, InvalidOptionError } from '../errors.js';
import { readResult } from '../internal/malformed-result.js';
import type { FindRoutesResult } from '../results/find-routes.js';
import type { ParetoRoute, ParetoRoutesResult } from '../results/pareto-routes.js';
import type { Route } from '../results/route.js';
import { ownOptions } from '../internal/own-options.js';

/**
 * What a chart axis shows: a route measure. `transitTimeDays` is `transitTimeHours / 24`;
 * `movingDays` likewise; the others are the route fields of the same name.
 */
export type ChartMeasure = 'lengthKm' | 'transitTimeDays' | 'movingDays' | 'dwellHours' | 'transfers' | 'borderCrossings' | 'tariffUsdPerTonne';

const MEASURES: Readonly<Record<ChartMeasure, { readonly label: string; readonly of: (r: Route) => number | null }>> = {
  lengthKm: { label: 'length (km)', of: (r) => r.lengthKm },
  transitTimeDays: { label: 'transit time incl. dwell (days)', of: (r) => (r.transitTimeHours === null ? null : r.transitTimeHours / 24) },
  movingDays: { label: 'moving time (days)', of: (r) => (r.movingHours === null ? null : r.movingHours / 24) },
  dwellHours: { label: 'dwell at hubs (h)', of: (r) => r.dwellHours },
  transfers: { label: 'transfers (changes of mode or gauge)', of: (r) => r.transfers },
  borderCrossings: { label: 'border crossings', of: (r) => r.borderCrossings },
  tariffUsdPerTonne: { label: 'tariff (USD/t)', of: (r) => r.tariffUsdPerTonne },
};

/**
 * Options of {@link renderRouteChart}: `x` and `y` (default `lengthKm` and `transitTimeDays`; see
 * {@link ChartMeasure}), `width` and `height` in px (default 720 × 440, each 200–4,000), `title`.
 */
export interface RenderRouteChartOptions {
  readonly x?: ChartMeasure;
  readonly y?: ChartMeasure;
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
}

const OPTION_KEYS = ['x', 'y', 'width', 'height', 'title'];

/**
 * A scatter chart of routes as a self-contained SVG document: one point per route at (`x`, `y`),
 * labelled with its rank and transit countries (`#1 KZ › RU › BY › PL`) and coloured by whether it
 * crosses Russia or Belarus, so that the trade-off between routes — days against kilometres, say — is
 * seen at a glance; for a Pareto front the key names the criteria it is non-dominated over. Routes
 * lacking a measure (no time on some leg) are listed under the chart instead of plotted. Axes use
 * d3-scale's "nice" ticks.
 *
 * @param source - a `paretoRoutes` or `findRoutes` result, or a list of routes.
 * @param options - see {@link RenderRouteChartOptions}; only own properties are read (an inherited key is ignored).
 * @returns the SVG text (UTF-8, `viewBox` in px); show it in a notebook with `svgDisplay`.
 * @throws {InvalidArgumentError} when `source` holds no routes in a form it knows, or is malformed
 *   (a result built by hand or changed after it was returned).
 * @throws {InvalidOptionError} for an unknown option or measure, or a size out of range.
 * @example
 * ```ts
 * const front = paretoRoutes(network, 'xian', 'duisburg', { commodity: 'containers', criteria: ['transitTimeHours', 'lengthKm', 'transitCountries'] });
 * writeFileSync('front.svg', renderRouteChart(front));
 * ```
 */
export function renderRouteChart(source: ParetoRoutesResult | FindRoutesResult | readonly Route[], options: RenderRouteChartOptions = {}): string {
  return readResult('renderRouteChart', 'source', () => chartOf(source, options));
}

function chartOf(source: ParetoRoutesResult | FindRoutesResult | readonly Route[], options: RenderRouteChartOptions): string {
  const routes = routesOf(source);
  // Own keys only, checked and read: an inherited (or prototype-polluted) key is not an option.
  const own = ownOptions(options);
  checkOptions(own);
  const x = own.x ?? 'lengthKm';
  const y = own.y ?? 'transitTimeDays';
  const width = own.width ?? 720;
  const height = own.height ?? 440;
  const isFront = !Array.isArray(source) && (source as { kind?: unknown }).kind === 'pareto-routes';
  const plotted = routes.flatMap((r) => {
    const px = MEASURES[x].of(r);
    const py = MEASURES[y].of(r);
    return px === null || py === null ? [] : [{ route: r, px, py }];
  });
  const plottedRoutes = new Set(plotted.map((p) => p.route));
  const missing = routes.filter((r) => !plottedRoutes.has(r));
  // The key's Pareto note takes a line of its own under the colour key.
  const margin = { left: 70, right: 30, top: 46, bottom: 58 + (isFront ? 14 : 0) + 14 * Math.min(missing.length, 5) };
  const extent = (values: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of values) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!Number.isFinite(lo)) return [0, 1] as const;
    const pad = hi > lo ? (hi - lo) * 0.08 : Math.max(1, Math.abs(hi) * 0.1);
    return [Math.max(0, lo - pad), hi + pad] as const;
  };
  const sx = scaleLinear().domain(extent(plotted.map((p) => p.px))).range([margin.left, width - margin.right]).nice();
  const sy = scaleLinear().domain(extent(plotted.map((p) => p.py))).range([height - margin.bottom, margin.top]).nice();
  const font = 'font-family="Helvetica, Arial, sans-serif"';
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="#ffffff"/>`];
  const title = own.title ?? (routes[0] === undefined ? 'Routes' : `Routes ${routes[0].origin} → ${routes[0].destination}`);
  parts.push(`<text x="${width / 2}" y="24" text-anchor="middle" ${font} font-size="15" font-weight="bold" fill="#1b1b1b">${escapeHtml(title)}</text>`);
  // Grid and axes.
  const grid: string[] = [];
  for (const t of sx.ticks(6)) {
    const px = sx(t);
    grid.push(`<line x1="${r1(px)}" y1="${margin.top}" x2="${r1(px)}" y2="${height - margin.bottom}" stroke="#e6e6e6"/>`);
    grid.push(`<text x="${r1(px)}" y="${height - margin.bottom + 16}" text-anchor="middle">${escapeHtml(t.toLocaleString('en-US'))}</text>`);
  }
  for (const t of sy.ticks(6)) {
    const py = sy(t);
    grid.push(`<line x1="${margin.left}" y1="${r1(py)}" x2="${width - margin.right}" y2="${r1(py)}" stroke="#e6e6e6"/>`);
    grid.push(`<text x="${margin.left - 8}" y="${r1(py + 4)}" text-anchor="end">${escapeHtml(t.toLocaleString('en-US'))}</text>`);
  }
  parts.push(`<g ${font} font-size="11" fill="#333333">${grid.join('')}</g>`);
  parts.push(
    `<rect x="${margin.left}" y="${margin.top}" width="${width - margin.left - margin.right}" height="${height - margin.top - margin.bottom}" fill="none" stroke="#999999"/>`,
    `<text x="${(margin.left + width - margin.right) / 2}" y="${height - margin.bottom + 36}" text-anchor="middle" ${font} font-size="12" fill="#1b1b1b">${escapeHtml(MEASURES[x].label)}</text>`,
    `<text transform="translate(18 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)" text-anchor="middle" ${font} font-size="12" fill="#1b1b1b">${escapeHtml(MEASURES[y].label)}</text>`,
  );
  // Points and labels: labels go right of their point, or left when they would run off the plot, and
  // one that would overlap a placed label moves down a line (the rank stays at the point).
  const placed: [number, number, number, number][] = [];
  const points: string[] = [];
  const labels: string[] = [];
  for (const p of [...plotted].sort((a, b) => a.route.rank - b.route.rank)) {
    const cx = sx(p.px);
    const cy = sy(p.py);
    const colour = p.route.transitCountries.includes('RU') || p.route.transitCountries.includes('BY') ? '#c0392b' : '#2471a3';
    points.push(`<circle cx="${r1(cx)}" cy="${r1(cy)}" r="5" fill="${colour}" fill-opacity="0.85" stroke="#1b1b1b" stroke-width="0.8"><title>${escapeHtml(describe(p.route))}</title></circle>`);
    const text = `#${p.route.rank} ${p.route.transitCountries.join(' › ') || '(no transit country)'}`;
    const w = text.length * 6.2;
    let left = cx + 8 + w > width - margin.right;
    let ty = cy + 4;
    for (let attempt = 0; attempt < 6; attempt++) {
      const box: [number, number, number, number] = left ? [cx - 8 - w, ty - 10, cx - 8, ty + 2] : [cx + 8, ty - 10, cx + 8 + w, ty + 2];
      if (!placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) {
        placed.push(box);
        break;
      }
      ty += 12;
      if (attempt === 2) left = !left;
    }
    labels.push(`<text x="${r1(left ? cx - 8 : cx + 8)}" y="${r1(ty)}" text-anchor="${left ? 'end' : 'start'}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeHtml(text)}</text>`);
  }
  parts.push(`<g>${points.join('')}</g>`, `<g ${font} font-size="10.5" fill="#1b1b1b">${labels.join('')}</g>`);
  // Key and the routes that could not be plotted.
  const keyY = height - margin.bottom + 52;
  parts.push(
    `<g ${font} font-size="10.5" fill="#1b1b1b"><circle cx="${margin.left + 6}" cy="${keyY - 4}" r="5" fill="#c0392b" fill-opacity="0.85"/><text x="${margin.left + 16}" y="${keyY}">crosses Russia or Belarus</text>` +
      `<circle cx="${margin.left + 186}" cy="${keyY - 4}" r="5" fill="#2471a3" fill-opacity="0.85"/><text x="${margin.left + 196}" y="${keyY}">avoids both</text>` +
      (isFront ? `<text x="${margin.left}" y="${keyY + 16}">every point a route of the Pareto front over ${escapeHtml((source as ParetoRoutesResult).criteria.join(', '))}</text>` : '') +
      '</g>',
  );
  missing.slice(0, 5).forEach((r, i) => {
    parts.push(`<text x="${margin.left}" y="${keyY + (isFront ? 30 : 16) + i * 14}" ${font} font-size="10.5" fill="#555555">${escapeHtml(`#${r.rank} not plotted: no ${MEASURES[x].of(r) === null ? MEASURES[x].label : MEASURES[y].label} (a leg lacks the figure)`)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

function describe(route: Route): string {
  const days = route.transitTimeHours === null ? 'time unknown' : `${(route.transitTimeHours / 24).toFixed(1)} days`;
  const criteria = 'criteria' in route ? ` · ${Object.entries((route as ParetoRoute).criteria).map(([k, v]) => `${k} ${Math.round(v * 10) / 10}`).join(', ')}` : '';
  return `Route ${route.rank}: ${Math.round(route.lengthKm).toLocaleString('en-US')} km, ${days}, via ${route.nodeIds.join(' › ')}${criteria}`;
}

function r1(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

function routesOf(source: unknown): readonly Route[] {
  if (Array.isArray(source)) {
    if (source.every((r) => typeof r === 'object' && r !== null && (r as { kind?: unknown }).kind === 'route')) return source as readonly Route[];
  } else if (typeof source === 'object' && source !== null) {
    const kind = (source as { kind?: unknown }).kind;
    if (kind === 'pareto-routes' || kind === 'routes') return (source as FindRoutesResult).routes;
  }
  throw new InvalidArgumentError('renderRouteChart', 'source', 'expected a result of paretoRoutes or findRoutes, or a list of routes');
}

function checkOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InvalidOptionError('renderRouteChart', 'options', options, 'expected an object');
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (!OPTION_KEYS.includes(key)) throw new InvalidOptionError('renderRouteChart', key, o[key], `unknown option (allowed: ${OPTION_KEYS.join(', ')})`);
  }
  for (const axis of ['x', 'y'] as const) {
    const m = o[axis];
    if (m !== undefined && (typeof m !== 'string' || !Object.prototype.hasOwnProperty.call(MEASURES, m))) {
      throw new InvalidOptionError('renderRouteChart', axis, m, `expected one of ${Object.keys(MEASURES).join(', ')}`);
    }
  }
  for (const size of ['width', 'height'] as const) {
    const v = o[size];
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 200 || v > 4000)) {
      throw new InvalidOptionError('renderRouteChart', size, v, 'expected a whole number of pixels from 200 to 4,000');
    }
  }
  if (o['title'] !== undefined && typeof o['title'] !== 'string') throw new InvalidOptionError('renderRouteChart', 'title', o['title'], 'expected a string');
}
