import { geoConicConformal, geoPath } from 'd3-geo';
import type { Feature, LineString, MultiPoint } from 'geojson';
import { InvalidOptionError } from '../errors.js';
import { BORDERS_ATTRIBUTION, countryShapes } from '../geo/borders.js';
import { assertUnmodified, type Network, type NetworkLink } from '../graph/network.js';
import type { LinkStatus } from '../model/link-status.js';
import type { Mode } from '../model/mode.js';
import type { NodeKind } from '../model/node-kind.js';
import type { FindRoutesResult } from '../routing/find-routes.js';
import type { Route } from '../routing/route.js';
import { escapeHtml } from './jupyter.js';
import { linkCoordinates } from './to-geojson.js';

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
 * conformal conic fitted to the extent.
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param options - see {@link RenderMapOptions}.
 * @returns the SVG text (`<svg xmlns="http://www.w3.org/2000/svg" …>…</svg>`).
 * @throws {InvalidOptionError} for a non-positive size or an empty extent.
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
  const width = options.width ?? 960;
  const height = options.height ?? 640;
  for (const [name, value] of [['width', width], ['height', height]] as const) {
    if (!Number.isFinite(value) || value < 100) throw new InvalidOptionError('renderMap', name, value, 'expected a number of pixels ≥ 100');
  }
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
  const lons = frame.geometry.coordinates.map((c) => c[0]!);
  const lats = frame.geometry.coordinates.map((c) => c[1]!);
  const centreLon = (Math.min(...lons) + Math.max(...lons)) / 2;
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const titleHeight = 34;
  const legendHeight = 30 + 16 * Math.max(4, routes.length);
  const projection = geoConicConformal()
    .rotate([-centreLon, 0])
    .parallels([south + (north - south) / 4, north - (north - south) / 4 || north + 1])
    .fitExtent(
      [
        [24, titleHeight + 8],
        [width - 24, height - legendHeight - 24],
      ],
      frame,
    )
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
    const fill = shape.code !== null && shaded.has(shape.code) ? '#f6d7a7' : '#f4f1ea';
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
      coordinates.push(...(coordinates.length > 0 ? oriented.slice(1) : oriented));
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
  parts.push(legend(width, height, legendHeight, routes, links));
  const attribution = [BORDERS_ATTRIBUTION, network.metadata?.attribution].filter((a): a is string => typeof a === 'string').join(' · ');
  parts.push(
    `<text x="${width - 6}" y="${height - 6}" text-anchor="end" font-family="Helvetica, Arial, sans-serif" font-size="7.5" fill="#555555">${escapeHtml(truncate(attribution, Math.floor(width / 4.1)))}<title>${escapeHtml(attribution)}</title></text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

function byDrawingOrder(a: NetworkLink, b: NetworkLink): number {
  const rank = (l: NetworkLink) => (l.mode === 'sea' ? 0 : l.mode === 'road' ? 1 : l.mode === 'rail' ? 2 : 3);
  return rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function legend(width: number, height: number, legendHeight: number, routes: readonly Route[], links: readonly NetworkLink[]): string {
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
  parts.push('</g>');
  return parts.join('');
}

function shortName(name: string): string {
  const cut = name.split(/ [(–—]/)[0]!;
  return truncate(cut, 28);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
