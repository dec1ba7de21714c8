import { geoConicConformal, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, LineString, MultiPoint } from 'geojson';
import { describeValue, InvalidOptionError } from '../errors.js';
import { BORDERS_ATTRIBUTION, countryShapes } from '../geo/borders.js';
import { assertUnmodified, type Network, type NetworkLink } from '../graph/network.js';
import { LINK_STATUSES, type LinkStatus } from '../model/link-status.js';
import { isCountryCode } from '../model/country-code.js';
import type { Mode } from '../model/mode.js';
import type { NodeKind } from '../model/node-kind.js';
import type { FindRoutesResult } from '../results/find-routes.js';
import type { Route } from '../results/route.js';
import { escapeHtml } from '../display/jupyter.js';
import { networkOfResult } from '../display/result-origin.js';
import { linkCoordinates } from './to-geojson.js';
import { ownOptions } from '../internal/own-options.js';

/**
 * Options of {@link renderMap}.
 *
 * - `width`, `height`: size in pixels (default 960 × 640);
 * - `title`: drawn at the top (default: the dataset's title);
 * - `routes`: routes to highlight (a `findRoutes` result or a list), coloured by rank and listed in
 *   the legend with their length;
 * - `shadeCountries`: ISO codes of countries to tint (e.g. a result's must-pass countries);
 * - `statuses`: link statuses drawn (default all but `cancelled`);
 * - `labels`: which nodes are named: `'hubs'` (default: seaports, oil terminals, chokepoints, markets
 *   and cities), `'all'` or `'none'`;
 * - `extent`: `[[minLon, minLat], [maxLon, maxLat]]` in degrees to frame (default: every node drawn).
 */
export interface RenderMapOptions {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
  readonly routes?: FindRoutesResult | readonly Route[];
  readonly shadeCountries?: readonly string[];
  readonly statuses?: readonly LinkStatus[];
  readonly labels?: 'hubs' | 'all' | 'none';
  readonly extent?: readonly [readonly [number, number], readonly [number, number]];
}

/** Line colour per mode. */
export const MODE_COLOURS: Readonly<Record<Mode, string>> = { pipeline: '#c0392b', rail: '#2c3e50', sea: '#2471a3', road: '#7d6608' };
/** Dash pattern per status (`''` = solid). */
export const STATUS_DASHES: Readonly<Record<LinkStatus, string>> = { operational: '', idle: '1.5 3', 'under-construction': '7 3', planned: '3 3', cancelled: '1 6' };
const ROUTE_COLOURS = ['#e67e22', '#8e44ad', '#16a085', '#d4ac0d', '#c2185b'];
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['seaport', 'oil-terminal', 'chokepoint', 'market', 'city']);

/**
 * A map of the network as a self-contained SVG document (no external references): country borders
 * (the bundled Natural Earth outlines), links styled by mode (colour) and status (dash), nodes, the
 * highlighted routes, a legend, and the attribution of the borders and of the dataset's geometry.
 * Links without geometry are drawn as great-circle arcs between their nodes. The projection is a
 * conformal conic fitted to the extent; a frame that reaches within 10° of a pole or spans more than
 * 150° of longitude, where a conic breaks down, gets the Natural Earth world projection instead.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param options - see {@link RenderMapOptions}; only own properties are read (an inherited key is ignored).
 * @returns the SVG text (`<svg xmlns="http://www.w3.org/2000/svg" …>…</svg>`).
 * @throws {InvalidOptionError} for an unknown option or an invalid value (size outside 100–20,000 px,
 *   an extent that is not two corners in range, south-west first, unknown statuses or country codes,
 *   routes that use links of another network).
 * @throws {NetworkMutatedError} when `network.graph` was changed structurally.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const network = loadCorridorNetwork();
 * writeFileSync('corridor.svg', renderMap(network, { routes: findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' }) }));
 * ```
 */
export function renderMap(network: Network, options: RenderMapOptions = {}): string {
  assertUnmodified(network, 'renderMap');
  options = ownOptions(options); // inherited keys are not options
  checkMapOptions(network, options);
  const width = options.width ?? 960;
  const height = options.height ?? 640;
  const statuses = new Set<LinkStatus>(options.statuses ?? ['operational', 'idle', 'under-construction', 'planned']);
  const routes: readonly Route[] = options.routes === undefined ? [] : Array.isArray(options.routes) ? options.routes : (options.routes as FindRoutesResult).routes;
  const links = [...network.links.values()].filter((l) => statuses.has(l.status));
  const nodeIds = new Set<string>();
  for (const l of links) nodeIds.add(l.from).add(l.to);
  for (const r of routes) for (const id of r.nodeIds) nodeIds.add(id);
  const nodes = [...network.nodes.values()].filter((n) => nodeIds.has(n.id) || links.length === 0);

  const frame: Feature<MultiPoint> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates:
        options.extent !== undefined
          ? [
              [options.extent[0][0], options.extent[0][1]],
              [options.extent[1][0], options.extent[1][1]],
            ]
          : nodes.map((n) => [n.lonLat[0], n.lonLat[1]]),
    },
  };
  if (frame.geometry.coordinates.length === 0) throw new InvalidOptionError('renderMap', 'extent', options.extent, 'nothing to frame: no node is drawn and no extent was given');
  // A single point (or a line of points) has no area to fit: frame a degree around it.
  // Extremes by a loop: spreading thousands of values into Math.max overflows the call stack.
  const xs = frame.geometry.coordinates.map((c) => c[0]!);
  const ys = frame.geometry.coordinates.map((c) => c[1]!);
  if (maxOf(xs) - minOf(xs) < 0.5 || maxOf(ys) - minOf(ys) < 0.5) {
    const cx = (maxOf(xs) + minOf(xs)) / 2;
    const cy = (maxOf(ys) + minOf(ys)) / 2;
    frame.geometry.coordinates.push([Math.max(-180, cx - 1), Math.max(-89, cy - 1)], [Math.min(180, cx + 1), Math.min(89, cy + 1)]);
  }
  const lons = frame.geometry.coordinates.map((c) => c[0]!);
  const lats = frame.geometry.coordinates.map((c) => c[1]!);
  const centreLon = (minOf(lons) + maxOf(lons)) / 2;
  const south = minOf(lats);
  const north = maxOf(lats);
  const titleHeight = 34;
  const attributionLines = wrap([BORDERS_ATTRIBUTION, network.metadata?.attribution].filter((a): a is string => typeof a === 'string').join(' · '), Math.floor((width - 12) / 3.9)).length;
  const legendHeight = 30 + 16 * Math.max(4, routes.length) + 9 * Math.max(0, attributionLines - 1);
  const west = minOf(lons);
  const east = maxOf(lons);
  const fit: [[number, number], [number, number]] = [
    [24, titleHeight + 8],
    [width - 24, height - legendHeight - 24],
  ];
  const worldScale = Math.max(Math.abs(south), Math.abs(north)) > 80 || east - west > 150;
  const projection = (
    worldScale
      ? geoNaturalEarth1().rotate([-centreLon, 0])
      : geoConicConformal()
          .rotate([-centreLon, 0])
          .parallels([south + (north - south) / 4, north - (north - south) / 4 || north + 1])
  )
    .fitExtent(fit, frame)
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const path = geoPath(projection);
  const num = (x: number) => (Math.round(x * 10) / 10).toString();
  const d = (geometry: Parameters<typeof path>[0]) => (path(geometry) ?? '').replace(/(\d+\.\d{2})\d+/g, '$1');

  const shaded = new Set(options.shadeCountries ?? []);
  const corridorShapes = countryShapes('corridor');
  const covered = new Set(corridorShapes.map((s) => s.code));
  const shapes = [...corridorShapes, ...countryShapes('world').filter((s) => !covered.has(s.code))];
  const parts: string[] = [];
  parts.push(`<rect width="${width}" height="${height}" fill="#dfeef7"/>`);
  parts.push('<g stroke="#a6a6a6" stroke-width="0.5">');
  for (const shape of shapes) {
    const outline = d(shape.geometry);
    if (outline === '') continue;
    const fill = shape.code !== null && shaded.has(shape.code) ? SHADE_FILL : '#f4f1ea';
    parts.push(`<path d="${outline}" fill="${fill}"><title>${escapeHtml(shape.name)}${shape.code ? ` (${shape.code})` : ''}</title></path>`);
  }
  parts.push('</g>');

  parts.push('<g fill="none" stroke-linecap="round">');
  for (const link of [...links].sort(byDrawingOrder)) {
    const line: LineString = { type: 'LineString', coordinates: linkCoordinates(network, link) };
    const dash = STATUS_DASHES[link.status];
    const faint = link.status === 'planned' || link.status === 'under-construction' ? ' stroke-opacity="0.75"' : '';
    parts.push(
      `<path d="${d(line)}" stroke="${MODE_COLOURS[link.mode]}" stroke-width="${link.mode === 'pipeline' ? 1.8 : 1.3}"${dash ? ` stroke-dasharray="${dash}"` : ''}${faint}><title>${escapeHtml(`${link.name} (${link.id}): ${link.mode}, ${link.status}, ${link.lengthKm.toLocaleString('en-US')} km`)}</title></path>`,
    );
  }
  parts.push('</g>');

  routes.forEach((route, i) => {
    const colour = ROUTE_COLOURS[i % ROUTE_COLOURS.length]!;
    const coordinates: number[][] = [];
    route.legs.forEach((leg) => {
      const line = linkCoordinates(network, network.links.get(leg.linkId)!);
      const oriented = leg.direction === 'forward' ? line : line.reverse();
      for (let p = coordinates.length > 0 ? 1 : 0; p < oriented.length; p++) coordinates.push(oriented[p]!);
    });
    parts.push(
      `<path d="${d({ type: 'LineString', coordinates })}" fill="none" stroke="${colour}" stroke-width="${Math.max(2.5, 6 - i)}" stroke-opacity="0.55" stroke-linejoin="round" stroke-linecap="round"><title>${escapeHtml(`Route ${route.rank}: ${Math.round(route.lengthKm).toLocaleString('en-US')} km via ${route.linkIds.join(', ')}`)}</title></path>`,
    );
  });

  const labels = options.labels ?? 'hubs';
  const routeEnds = new Set(routes.flatMap((r) => [r.origin, r.destination]));
  // Labels are placed in priority order (route ends, then chokepoints, ports and terminals, then the
  // rest) and one that would overlap a placed label is left out, so the map stays legible; every
  // node keeps its name as a tooltip.
  const priority = (id: string, kind: NodeKind) => (routeEnds.has(id) ? 0 : kind === 'chokepoint' ? 1 : kind === 'seaport' || kind === 'oil-terminal' ? 2 : 3);
  const placed: [number, number, number, number][] = [];
  const circles: string[] = [];
  const texts: string[] = [];
  const drawn = nodes
    .map((node) => ({ node, p: projection([node.lonLat[0], node.lonLat[1]]) }))
    .filter((x): x is { node: (typeof nodes)[number]; p: [number, number] } => x.p !== null && x.p[0] >= 0 && x.p[1] >= 0 && x.p[0] <= width && x.p[1] <= height)
    .sort((a, b) => priority(a.node.id, a.node.kind) - priority(b.node.id, b.node.kind) || (a.node.id < b.node.id ? -1 : 1));
  for (const { node, p } of drawn) {
    const [x, y] = p;
    const end = routeEnds.has(node.id);
    circles.push(
      `<circle cx="${num(x)}" cy="${num(y)}" r="${end ? 4 : node.kind === 'chokepoint' ? 3.2 : 2.4}" fill="${end ? '#1b1b1b' : '#ffffff'}" stroke="#1b1b1b" stroke-width="0.9"><title>${escapeHtml(`${node.name} (${node.id}, ${node.country})`)}</title></circle>`,
    );
    if (!(labels === 'all' || end || (labels === 'hubs' && HUB_KINDS.has(node.kind)))) continue;
    const text = shortName(node.name);
    const box: [number, number, number, number] = [x + 4, y - 13, x + 6 + text.length * 5.4, y - 1];
    if (labels !== 'all' && placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
    placed.push(box);
    texts.push(
      `<text x="${num(x + 5)}" y="${num(y - 4)}" stroke="#ffffff" stroke-width="2.5" paint-order="stroke" font-weight="${end ? 'bold' : 'normal'}">${escapeHtml(text)}</text>`,
    );
  }
  parts.push(`<g>${circles.join('')}</g>`);
  parts.push(`<g font-family="Helvetica, Arial, sans-serif" font-size="9.5" fill="#1b1b1b">${texts.join('')}</g>`);

  const title = options.title ?? network.metadata?.title ?? 'Corridor network';
  parts.push(
    `<text x="${width / 2}" y="22" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="16" font-weight="bold" fill="#1b1b1b">${escapeHtml(title)}</text>`,
  );
  parts.push(legend(width, height, legendHeight, routes, links, [...shaded]));
  // The attribution is printed in full (wrapped), so that it survives export to a picture.
  const attribution = [BORDERS_ATTRIBUTION, network.metadata?.attribution].filter((a): a is string => typeof a === 'string').join(' · ');
  const lines = wrap(attribution, Math.floor((width - 12) / 3.9));
  lines.forEach((line, i) => {
    parts.push(
      `<text x="${width - 6}" y="${height - 6 - (lines.length - 1 - i) * 9}" text-anchor="end" font-family="Helvetica, Arial, sans-serif" font-size="7.5" fill="#555555">${escapeHtml(line)}</text>`,
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min;
}

function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max;
}

function byDrawingOrder(a: NetworkLink, b: NetworkLink): number {
  const rank = (l: NetworkLink) => (l.mode === 'sea' ? 0 : l.mode === 'road' ? 1 : l.mode === 'rail' ? 2 : 3);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function legend(width: number, height: number, legendHeight: number, routes: readonly Route[], links: readonly NetworkLink[], shaded: readonly string[]): string {
  const top = height - legendHeight - 8;
  const parts: string[] = [`<g font-family="Helvetica, Arial, sans-serif" font-size="10" fill="#1b1b1b">`];
  parts.push(`<rect x="8" y="${top}" width="${Math.min(width - 16, 700)}" height="${legendHeight}" fill="#ffffff" fill-opacity="0.85" stroke="#cccccc"/>`);
  const modes = [...new Set(links.map((l) => l.mode))].sort();
  modes.forEach((mode, i) => {
    const y = top + 18 + i * 16;
    parts.push(`<line x1="18" y1="${y - 3}" x2="46" y2="${y - 3}" stroke="${MODE_COLOURS[mode]}" stroke-width="2"/><text x="52" y="${y}">${mode}</text>`);
  });
  const statuses = [...new Set(links.map((l) => l.status))].sort();
  statuses.forEach((status, i) => {
    const y = top + 18 + i * 16;
    const dash = STATUS_DASHES[status];
    parts.push(`<line x1="130" y1="${y - 3}" x2="158" y2="${y - 3}" stroke="#333333" stroke-width="1.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/><text x="164" y="${y}">${status}</text>`);
  });
  routes.forEach((route, i) => {
    const y = top + 18 + i * 16;
    const colour = ROUTE_COLOURS[i % ROUTE_COLOURS.length]!;
    parts.push(
      `<line x1="290" y1="${y - 3}" x2="318" y2="${y - 3}" stroke="${colour}" stroke-width="5" stroke-opacity="0.55"/><text x="324" y="${y}">${escapeHtml(truncate(`route ${route.rank}: ${Math.round(route.lengthKm).toLocaleString('en-US')} km, ${route.countries.join(' → ')}`, 62))}</text>`,
    );
  });
  if (shaded.length > 0) {
    const y = top + 18 + statuses.length * 16;
    parts.push(`<rect x="130" y="${y - 10}" width="28" height="10" fill="${SHADE_FILL}" stroke="#a6a6a6" stroke-width="0.5"/><text x="164" y="${y}">${escapeHtml(truncate(`shaded: ${shaded.join(', ')}`, 22))}</text>`);
  }
  parts.push('</g>');
  return parts.join('');
}

/** Words of `text` in lines of at most `max` characters. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const SHADE_FILL = '#d6e4c3';
const OPTION_KEYS = ['width', 'height', 'title', 'routes', 'shadeCountries', 'statuses', 'labels', 'extent'];

/** Checks renderMap's options, naming the option at fault. */
function checkMapOptions(network: Network, options: unknown): void {
  const fail = (option: string, value: unknown, expectation: string): never => {
    throw new InvalidOptionError('renderMap', option, value, expectation);
  };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('options', options, 'expected an object (or nothing)');
  const o = options as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!OPTION_KEYS.includes(key)) fail(key, o[key], `unknown option (allowed: ${OPTION_KEYS.join(', ')})`);
  for (const key of ['width', 'height']) {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 100 || v > 20_000)) fail(key, v, 'expected a number of pixels from 100 to 20,000');
  }
  if (o['title'] !== undefined && typeof o['title'] !== 'string') fail('title', o['title'], 'expected a string');
  if (o['labels'] !== undefined && !['hubs', 'all', 'none'].includes(o['labels'] as string)) fail('labels', o['labels'], 'expected "hubs", "all" or "none"');
  const statuses = o['statuses'];
  if (statuses !== undefined && (!Array.isArray(statuses) || statuses.some((s) => !(LINK_STATUSES as readonly unknown[]).includes(s)))) {
    fail('statuses', statuses, `expected a list of link statuses (${LINK_STATUSES.join(', ')})`);
  }
  const shade = o['shadeCountries'];
  if (shade !== undefined && (!Array.isArray(shade) || shade.some((c) => !isCountryCode(c)))) fail('shadeCountries', shade, 'expected a list of ISO 3166-1 alpha-2 codes');
  const extent = o['extent'];
  if (extent !== undefined) {
    const corner = (c: unknown) => Array.isArray(c) && c.length === 2 && Number.isFinite(c[0]) && Number.isFinite(c[1]) && Math.abs(c[0] as number) <= 180 && Math.abs(c[1] as number) <= 90;
    const e = extent as unknown[];
    if (!Array.isArray(extent) || extent.length !== 2 || !corner(e[0]) || !corner(e[1])) fail('extent', extent, 'expected [[minLon, minLat], [maxLon, maxLat]] in degrees');
    const [[x0, y0], [x1, y1]] = extent as [[number, number], [number, number]];
    if (x0 > x1 || y0 > y1) fail('extent', extent, 'expected the south-west corner first: [[minLon, minLat], [maxLon, maxLat]]');
  }
  const routes = o['routes'];
  if (routes !== undefined) {
    const list = Array.isArray(routes) ? routes : typeof routes === 'object' && routes !== null ? (routes as { routes?: unknown }).routes : undefined;
    if (!Array.isArray(list)) fail('routes', routes, 'expected a findRoutes result or a list of routes');
    for (const route of list as unknown[]) checkRoute(network, route, fail);
  }
}

/**
 * A route to draw must come from `findRoutes` (on this network or on a scenario of it) and every leg
 * must be a link of this network joining the same two nodes, so that a route found elsewhere is
 * never drawn along another link that happens to share its id.
 */
function checkRoute(network: Network, route: unknown, fail: (option: string, value: unknown, expectation: string) => never): void {
  const r = typeof route === 'object' && route !== null ? (route as { legs?: unknown; nodeIds?: unknown }) : undefined;
  if (r === undefined || !Array.isArray(r.legs) || !Array.isArray(r.nodeIds) || networkOfResult(r) === undefined) {
    fail('routes', route, 'expected routes returned by findRoutes');
  }
  for (const leg of (r as { legs: unknown[] }).legs) {
    const l = typeof leg === 'object' && leg !== null ? (leg as { linkId?: unknown; from?: unknown; to?: unknown }) : {};
    const link = typeof l.linkId === 'string' ? network.links.get(l.linkId) : undefined;
    if (link === undefined) fail('routes', l.linkId, 'a route uses a link that is not in this network (was it found on another network?)');
    const joins = (l.from === link.from && l.to === link.to) || (l.from === link.to && l.to === link.from);
    if (!joins) fail('routes', l.linkId, `a route's leg on this link runs ${typeof l.from === 'string' ? l.from : describeValue(l.from)} → ${typeof l.to === 'string' ? l.to : describeValue(l.to)}, but here it joins ${link.from} and ${link.to} (was the route found on another network?)`);
  }
}

function shortName(name: string): string {
  const cut = name.split(/ [(–—]/)[0]!;
  return truncate(cut, 28);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
