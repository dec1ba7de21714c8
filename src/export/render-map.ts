import { geoConicConformal, geoNaturalEarth1 } from 'd3-geo';
import type { Feature, LineString, MultiPoint } from 'geojson';
import { describeValue, InvalidOptionError } from '../errors.js';
import { readResult } from '../internal/malformed-result.js';
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
import { isApproximateGeometry } from './map/approximate.js';
import { aroundPoint, LabelPlacer, LINE_HEIGHT_EM, type PlacedLabel } from './map/labels.js';
import { placeCountryNames, placeSeaNames, type ScreenCountry } from './map/place-names.js';
import { offsetLine, pathData, projectLine, projectRings, ringsBox, type ScreenLine } from './map/screen.js';
import { type Box, textWidthPx, truncateToWidth, wrapText } from './map/text.js';
import { linkCoordinates } from './to-geojson.js';
import { ownOptions } from '../internal/own-options.js';

/**
 * Options of {@link renderMap}.
 *
 * - `width`, `height`: size of the whole picture in pixels (default 960 × 640); the map frame is what
 *   the title band above it and the legend band below it leave;
 * - `title`: drawn at the top (default: the dataset's title);
 * - `routes`: routes to highlight (a `findRoutes` result or a list), each in its own colour and dash
 *   pattern, drawn side by side where they share a link, and listed in the legend with their length;
 * - `routeNames`: the legend's name of each route, in the order of `routes` (default `route N`, N the
 *   route's rank; when two routes share a rank, as routes of different queries do, `route N by WEIGHT`
 *   and, if still ambiguous, a letter: name such routes after their query);
 * - `shadeCountries`: ISO codes of countries to tint (e.g. a result's must-pass countries);
 * - `statuses`: link statuses drawn (default all but `cancelled`);
 * - `labels`: which nodes are named: `'hubs'` (default: route ends, then the hubs — seaports, oil
 *   terminals, chokepoints, markets, cities — on the routes, then the other nodes on the routes, then the
 *   sea names, then chokepoints, seaports, oil terminals, markets and cities elsewhere), `'all'` (every
 *   node, by the same order) or `'none'`; a name that would overlap another, cover a node marker or
 *   leave the frame is left out (every node keeps its name as a tooltip);
 * - `placeNames`: write country and sea names where they fit (default `true`);
 * - `extent`: `[[minLon, minLat], [maxLon, maxLat]]` in degrees to frame (default: every node drawn);
 *   the frame is widened to hold every node of the highlighted routes.
 */
export interface RenderMapOptions {
  readonly width?: number;
  readonly height?: number;
  readonly title?: string;
  readonly routes?: FindRoutesResult | readonly Route[];
  readonly routeNames?: readonly string[];
  readonly shadeCountries?: readonly string[];
  readonly statuses?: readonly LinkStatus[];
  readonly labels?: 'hubs' | 'all' | 'none';
  readonly placeNames?: boolean;
  readonly extent?: readonly [readonly [number, number], readonly [number, number]];
}

/** Line colour per mode. */
export const MODE_COLOURS: Readonly<Record<Mode, string>> = { pipeline: '#c0392b', rail: '#2c3e50', sea: '#2471a3', road: '#7d6608' };
/** Dash pattern per status (`''` = solid). */
export const STATUS_DASHES: Readonly<Record<LinkStatus, string>> = { operational: '', idle: '1.5 3', 'under-construction': '7 3', planned: '3 3', cancelled: '1 6' };
const ROUTE_COLOURS = ['#e67e22', '#8e44ad', '#16a085', '#d4ac0d', '#c2185b'];
/** Dash pattern per route (by its place in `routes`), so that routes differ by more than colour. */
const ROUTE_DASHES = ['', '10 4', '4 3', '12 3 3 3', '2 3'];
/** Width of a highlighted route's line, px, and the gap between two routes drawn side by side. */
const ROUTE_WIDTH_PX = 3.2;
const ROUTE_SPACING_PX = 3.6;
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['seaport', 'oil-terminal', 'chokepoint', 'market', 'city']);
const FONT = 'Helvetica, Arial, sans-serif';
const NODE_LABEL_PX = 9.5;
const LEGEND_PX = 10;
/** Attribution font size, px: readable at 1×. */
const ATTRIBUTION_PX = 9;
const MARGIN = 8;
const TITLE_BAND = 30;

/**
 * A map of the network as a self-contained SVG document (no external references): a title band, the
 * map frame, and below it a legend band with the attribution of the borders and of the dataset's
 * geometry (wrapped, at 9 px). In the frame: country borders (the bundled Natural Earth outlines),
 * country and sea names where they fit, links styled by mode (colour) and status (dash), nodes, the
 * highlighted routes, and node names placed so that no two overlap.
 *
 * A link whose line is not its known route — no geometry (drawn as the great-circle arc between its
 * nodes, the short way, also across the antimeridian) or a geometry marked as a drawn approximation
 * (see `isApproximateGeometry`) — is drawn thin and pale, and the legend says so. Routes are drawn side
 * by side where they share links, each with its own colour and dash pattern.
 *
 * The projection is a conformal conic fitted to the frame; a frame that reaches within 10° of a pole or
 * spans more than 150° of longitude gets the Natural Earth world projection instead. Without an
 * `extent`, the frame spans the nodes the short way round the globe (a network on both sides of the
 * antimeridian is centred on it).
 *
 * @param network - a network from `parseNetwork` or `loadCorridorNetwork`.
 * @param options - see {@link RenderMapOptions}; only own properties are read (an inherited key is ignored).
 * @returns the SVG text (`<svg xmlns="http://www.w3.org/2000/svg" …>…</svg>`). Elements tests and
 *   tools may rely on: the frame `<rect id="map-frame">`, the node, country and sea names in
 *   `<g id="labels">` (each `<text>` with its own `x`, `y`, `font-size` and `text-anchor`), the legend
 *   and attribution in `<g id="legend">`, approximate links with `class="link approximate"`.
 * @throws {InvalidOptionError} for an unknown option or an invalid value (size outside 100–20,000 px,
 *   an extent that is not two corners in range, south-west first, unknown statuses or country codes,
 *   routes that use links of another network, more route names than routes).
 * @throws {InvalidArgumentError} when a route of `options.routes` is malformed (built by hand, or
 *   changed after it was returned: e.g. a node id the network lacks).
 * @throws {NetworkMutatedError} when `network.graph` was changed structurally.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * const network = loadCorridorNetwork();
 * writeFileSync('corridor.svg', renderMap(network, { routes: findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' }) }));
 * ```
 */
export function renderMap(network: Network, options: RenderMapOptions = {}): string {
  return readResult('renderMap', 'options.routes', () => mapOf(network, options));
}

function mapOf(network: Network, options: RenderMapOptions): string {
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
  const title = options.title ?? network.metadata?.title ?? 'Corridor network';
  const shaded = new Set(options.shadeCountries ?? []);
  const names = routeNames(routes, options.routeNames ?? []);

  // Layout: title band, map frame, legend band (its height from its content).
  const legendContent = legendItems(links, routes, names, [...shaded], width);
  const attribution = [BORDERS_ATTRIBUTION, network.metadata?.attribution].filter((a): a is string => typeof a === 'string').join(' · ');
  const attributionLines = wrapText(attribution, width - 2 * MARGIN, ATTRIBUTION_PX);
  const legendHeight = legendContent.height + 6 + attributionLines.length * (ATTRIBUTION_PX + 2);
  const frameBox: Box = [MARGIN, TITLE_BAND, width - MARGIN, Math.max(TITLE_BAND + 40, height - legendHeight - MARGIN - 6)];

  // The frame's points: the extent's outline (or the nodes), and every node of the routes.
  const routeLonLats: [number, number][] = [];
  for (const r of routes) for (const id of r.nodeIds) routeLonLats.push([network.nodes.get(id)!.lonLat[0], network.nodes.get(id)!.lonLat[1]]);
  const points: [number, number][] = [];
  let west: number;
  let east: number;
  if (options.extent !== undefined) {
    const [[x0, y0], [x1, y1]] = options.extent;
    west = x0;
    east = x1;
    for (const [lon] of routeLonLats) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
    let south = y0;
    let north = y1;
    for (const [, lat] of routeLonLats) {
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    const steps = Math.max(1, Math.ceil((east - west) / 5));
    for (let i = 0; i <= steps; i++) {
      const lon = west + ((east - west) * i) / steps;
      points.push([lon, south], [lon, north]);
    }
    for (const lonLat of routeLonLats) points.push(lonLat);
  } else {
    const lons: number[] = [];
    for (const n of nodes) lons.push(n.lonLat[0]);
    [west, east] = shortLonRange(lons);
    for (const n of nodes) points.push([n.lonLat[0] < west ? n.lonLat[0] + 360 : n.lonLat[0], n.lonLat[1]]);
  }
  if (points.length === 0) throw new InvalidOptionError('renderMap', 'extent', options.extent, 'nothing to frame: no node is drawn and no extent was given');
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    south = Math.min(south, p[1]);
    north = Math.max(north, p[1]);
  }
  // A single point (or a line of points) has no area to fit: frame a degree around it.
  if (east - west < 0.5 || north - south < 0.5) {
    const cx = (west + east) / 2;
    const cy = (south + north) / 2;
    west = Math.min(west, cx - 1);
    east = Math.max(east, cx + 1);
    south = Math.max(-89, Math.min(south, cy - 1));
    north = Math.min(89, Math.max(north, cy + 1));
    points.push([west, south], [east, north]);
  }
  const centreLon = normaliseLon((west + east) / 2);
  const frame: Feature<MultiPoint> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: points } };
  const worldScale = Math.max(Math.abs(south), Math.abs(north)) > 80 || east - west > 150;
  const projection = (
    worldScale
      ? geoNaturalEarth1().rotate([-centreLon, 0])
      : geoConicConformal()
          .rotate([-centreLon, 0])
          .parallels([south + (north - south) / 4, north - (north - south) / 4 || north + 1])
  )
    .fitExtent(
      [
        [frameBox[0] + 14, frameBox[1] + 14],
        [frameBox[2] - 14, frameBox[3] - 14],
      ],
      frame,
    )
    .clipExtent([
      [frameBox[0], frameBox[1]],
      [frameBox[2], frameBox[3]],
    ]);
  const num = (x: number) => (Math.round(x * 10) / 10).toString();

  const corridorShapes = countryShapes('corridor');
  const covered = new Set(corridorShapes.map((s) => s.code));
  const shapes = [...corridorShapes, ...countryShapes('world').filter((s) => !covered.has(s.code))];
  const parts: string[] = [];
  const [fx0, fy0, fx1, fy1] = frameBox;
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  parts.push(`<rect x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${num(fy1 - fy0)}" fill="#dfeef7"/>`);
  parts.push('<g stroke="#a6a6a6" stroke-width="0.5">');
  const screenCountries: ScreenCountry[] = [];
  for (const shape of shapes) {
    const rings = projectRings(projection, shape.geometry);
    if (rings.length === 0) continue;
    screenCountries.push({ shape, rings, box: ringsBox(rings) });
    const outline = `${pathData(rings).replace(/(?=M)/g, 'Z').slice(1)}Z`;
    const fill = shape.code !== null && shaded.has(shape.code) ? SHADE_FILL : '#f4f1ea';
    parts.push(`<path d="${outline}" fill="${fill}"><title>${escapeHtml(shape.name)}${shape.code ? ` (${shape.code})` : ''}</title></path>`);
  }
  parts.push('</g>');

  parts.push('<g fill="none" stroke-linecap="round">');
  for (const link of [...links].sort(byDrawingOrder)) {
    const pieces = projectLine(projection, { type: 'LineString', coordinates: linkCoordinates(network, link) });
    const approximate = isApproximateGeometry(link);
    const dash = STATUS_DASHES[link.status];
    const baseWidth = link.mode === 'pipeline' ? 1.8 : 1.3;
    const opacity = approximate ? 0.45 : link.status === 'planned' || link.status === 'under-construction' ? 0.75 : 1;
    const tooltip = `${link.name} (${link.id}): ${link.mode}, ${link.status}, ${link.lengthKm.toLocaleString('en-US')} km${approximate ? '; line drawn approximately' : ''}`;
    parts.push(
      `<path class="link${approximate ? ' approximate' : ''}" d="${pathData(pieces)}" stroke="${MODE_COLOURS[link.mode]}" stroke-width="${approximate ? 0.9 : baseWidth}"${dash ? ` stroke-dasharray="${dash}"` : ''}${opacity < 1 ? ` stroke-opacity="${opacity}"` : ''}><title>${escapeHtml(tooltip)}</title></path>`,
    );
  }
  parts.push('</g>');

  // Routes side by side: each moved sideways by its place among them, so that shared links show all.
  routes.forEach((route, i) => {
    const coordinates: number[][] = [];
    for (const leg of route.legs) {
      const line = linkCoordinates(network, network.links.get(leg.linkId)!);
      const oriented = leg.direction === 'forward' ? line : line.reverse();
      for (let j = coordinates.length > 0 ? 1 : 0; j < oriented.length; j++) coordinates.push(oriented[j]!);
    }
    const offset = (i - (routes.length - 1) / 2) * ROUTE_SPACING_PX;
    const pieces: ScreenLine[] = projectLine(projection, { type: 'LineString', coordinates } as LineString).map((piece) => offsetLine(piece, offset));
    const dash = ROUTE_DASHES[i % ROUTE_DASHES.length]!;
    parts.push(
      `<path class="route" d="${pathData(pieces)}" fill="none" stroke="${routeColour(i)}" stroke-width="${ROUTE_WIDTH_PX}"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-opacity="0.85" stroke-linejoin="round" stroke-linecap="butt"><title>${escapeHtml(`Route ${route.rank}${names[i] === `route ${route.rank}` ? '' : ` (${names[i]!})`}: ${Math.round(route.lengthKm).toLocaleString('en-US')} km via ${route.linkIds.join(', ')}`)}</title></path>`,
    );
  });

  // Node markers, then names: most important first, each at the first free spot around its marker.
  const labels = options.labels ?? 'hubs';
  const routeEnds = new Set<string>();
  const onRoutes = new Set<string>();
  for (const r of routes) {
    routeEnds.add(r.origin).add(r.destination);
    for (const id of r.nodeIds) onRoutes.add(id);
  }
  const priority = (id: string, kind: NodeKind) =>
    routeEnds.has(id) ? 0 : onRoutes.has(id) && HUB_KINDS.has(kind) ? 1 : onRoutes.has(id) ? 2 : kind === 'chokepoint' ? 3 : kind === 'seaport' || kind === 'oil-terminal' ? 4 : HUB_KINDS.has(kind) ? 5 : 6;
  const inFrame = (p: [number, number]) => p[0] >= fx0 && p[1] >= fy0 && p[0] <= fx1 && p[1] <= fy1;
  const drawn = nodes
    .map((node) => ({ node, p: projection([node.lonLat[0], node.lonLat[1]]) }))
    .filter((x): x is { node: (typeof nodes)[number]; p: [number, number] } => x.p !== null && Number.isFinite(x.p[0]) && Number.isFinite(x.p[1]) && inFrame(x.p))
    .map((x) => ({ ...x, r: routeEnds.has(x.node.id) ? 4 : x.node.kind === 'chokepoint' ? 3.2 : 2.4 }))
    .sort((a, b) => priority(a.node.id, a.node.kind) - priority(b.node.id, b.node.kind) || (a.node.id < b.node.id ? -1 : 1));
  const markers: Box[] = drawn.map(({ p, r }) => [p[0] - r, p[1] - r, p[0] + r, p[1] + r]);
  const placer = new LabelPlacer([fx0 + 2, fy0 + 2, fx1 - 2, fy1 - 2], markers, 1);
  const circles: string[] = [];
  const nodeLabels: PlacedLabel[] = [];
  const placeNode = (i: number) => {
    const { node, p, r } = drawn[i]!;
    const end = routeEnds.has(node.id);
    const wanted = labels === 'all' || (labels === 'hubs' && (onRoutes.has(node.id) || HUB_KINDS.has(node.kind)));
    if (!wanted) return;
    const label = placer.place(shortName(node.name), aroundPoint(p[0], p[1], r, NODE_LABEL_PX), { fontSizePx: NODE_LABEL_PX, bold: end }, { avoidObstacles: true, ownObstacle: markers[i]! });
    if (label !== null) nodeLabels.push(label);
  };
  for (const { node, p, r } of drawn) {
    const end = routeEnds.has(node.id);
    circles.push(
      `<circle cx="${num(p[0])}" cy="${num(p[1])}" r="${r}" fill="${end ? '#1b1b1b' : '#ffffff'}" stroke="#1b1b1b" stroke-width="0.9"><title>${escapeHtml(`${node.name} (${node.id}, ${node.country})`)}</title></circle>`,
    );
  }
  // The routes' nodes first, then the seas (names that orient the reader), then the
  // other nodes, then the countries.
  const first = drawn.filter((x) => priority(x.node.id, x.node.kind) <= 2).length;
  for (let i = 0; i < first; i++) placeNode(i);
  const seaLabels = options.placeNames === false ? [] : placeSeaNames(placer, projection, screenCountries);
  for (let i = first; i < drawn.length; i++) placeNode(i);
  const countryLabels = options.placeNames === false ? [] : placeCountryNames(placer, screenCountries);

  parts.push(`<g>${circles.join('')}</g>`);
  // One <text> per line, each with its own position, size and anchor.
  const text = (l: PlacedLabel, attributes: string) =>
    l.text
      .split('\n')
      .map(
        (line, k) =>
          `<text x="${num(l.x)}" y="${num(l.y + k * LINE_HEIGHT_EM * l.fontSizePx)}" font-size="${l.fontSizePx}" text-anchor="${l.anchor}"${l.bold ? ' font-weight="bold"' : ''}${attributes}>${escapeHtml(line)}</text>`,
      )
      .join('');
  parts.push(`<g id="labels" font-family="${FONT}">`);
  // Country and sea names with a halo of the ground they sit on, so that lines under them do not cut them.
  for (const l of countryLabels) parts.push(text(l, ' class="country-name" fill="#8c8577" stroke="#f4f1ea" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke"'));
  for (const l of seaLabels) parts.push(text(l, ' class="sea-name" fill="#4f7fa6" font-style="italic" stroke="#dfeef7" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke"'));
  for (const l of nodeLabels) parts.push(text(l, ' class="node-name" fill="#1b1b1b" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round" paint-order="stroke"'));
  parts.push('</g>');
  parts.push(`<rect id="map-frame" x="${fx0}" y="${fy0}" width="${fx1 - fx0}" height="${num(fy1 - fy0)}" fill="none" stroke="#8a8a8a" stroke-width="0.8"/>`);

  parts.push(
    `<text x="${width / 2}" y="20" text-anchor="middle" font-family="${FONT}" font-size="15" font-weight="bold" fill="#1b1b1b">${escapeHtml(truncateToWidth(title, width - 2 * MARGIN, 15 * 1.1))}</text>`,
  );
  // Legend band below the frame, the attribution printed in full (wrapped) so that it survives export.
  const legendTop = fy1 + 6;
  parts.push(`<g id="legend" font-family="${FONT}" fill="#1b1b1b">`);
  parts.push(legendContent.draw(legendTop));
  const attributionTop = legendTop + legendContent.height + 6;
  attributionLines.forEach((line, i) => {
    parts.push(`<text x="${MARGIN}" y="${num(attributionTop + ATTRIBUTION_PX + i * (ATTRIBUTION_PX + 2))}" font-size="${ATTRIBUTION_PX}" fill="#444444">${escapeHtml(line)}</text>`);
  });
  parts.push('</g>');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeHtml(title)}</title>${parts.join('')}</svg>`;
}

function byDrawingOrder(a: NetworkLink, b: NetworkLink): number {
  const rank = (l: NetworkLink) => (l.mode === 'sea' ? 0 : l.mode === 'road' ? 1 : l.mode === 'rail' ? 2 : 3);
  // Approximate lines first, so that known routes are drawn over them.
  const approximate = (l: NetworkLink) => (isApproximateGeometry(l) ? 0 : 1);
  return approximate(a) - approximate(b) || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function routeColour(i: number): string {
  return ROUTE_COLOURS[i % ROUTE_COLOURS.length]!;
}

function normaliseLon(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/**
 * The shortest range of longitudes holding all of `lons` (degrees): `[west, east]` with west ≤ east,
 * east above 180 when the range crosses the antimeridian.
 */
function shortLonRange(lons: readonly number[]): [number, number] {
  if (lons.length === 0) return [0, 0];
  const sorted = [...lons].sort((a, b) => a - b);
  let gap = sorted[0]! + 360 - sorted[sorted.length - 1]!;
  let range: [number, number] = [sorted[0]!, sorted[sorted.length - 1]!];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const g = sorted[i + 1]! - sorted[i]!;
    if (g > gap) {
      gap = g;
      range = [sorted[i + 1]!, sorted[i]! + 360];
    }
  }
  return range;
}

/** The legend's name of each route: the caller's, else `route N`, made unique (see RenderMapOptions). */
function routeNames(routes: readonly Route[], given: readonly string[]): string[] {
  const ranks = new Map<number, number>();
  for (const r of routes) ranks.set(r.rank, (ranks.get(r.rank) ?? 0) + 1);
  const defaults = routes.map((r) => (ranks.get(r.rank)! > 1 ? `route ${r.rank} by ${r.weight}` : `route ${r.rank}`));
  const counts = new Map<string, number>();
  for (const n of defaults) counts.set(n, (counts.get(n) ?? 0) + 1);
  const seen = new Map<string, number>();
  return routes.map((_, i) => {
    const own = given[i];
    if (own !== undefined) return own;
    const n = defaults[i]!;
    if (counts.get(n)! === 1) return n;
    const k = seen.get(n) ?? 0;
    seen.set(n, k + 1);
    return `${n} (${String.fromCharCode(97 + (k % 26))})`;
  });
}

/**
 * The legend's swatches and names: modes, statuses, drawn approximations, shaded countries on flowing
 * rows; then one row per route. `draw(top)` returns the SVG of it with its top at `top`, px.
 */
function legendItems(links: readonly NetworkLink[], routes: readonly Route[], names: readonly string[], shaded: readonly string[], width: number): { height: number; draw: (top: number) => string } {
  const rowHeight = 15;
  const swatch = 26;
  const items: { text: string; swatch: (x: number, y: number) => string }[] = [];
  for (const mode of [...new Set(links.map((l) => l.mode))].sort()) {
    items.push({ text: mode, swatch: (x, y) => `<line x1="${x}" y1="${y}" x2="${x + swatch}" y2="${y}" stroke="${MODE_COLOURS[mode]}" stroke-width="2"/>` });
  }
  for (const status of [...new Set(links.map((l) => l.status))].sort()) {
    const dash = STATUS_DASHES[status];
    items.push({ text: status, swatch: (x, y) => `<line x1="${x}" y1="${y}" x2="${x + swatch}" y2="${y}" stroke="#333333" stroke-width="1.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>` });
  }
  if (links.some(isApproximateGeometry)) {
    items.push({
      text: 'thin, pale: line drawn approximately (no route geometry)',
      swatch: (x, y) => `<line class="approximate" x1="${x}" y1="${y}" x2="${x + swatch}" y2="${y}" stroke="#2c3e50" stroke-width="0.9" stroke-opacity="0.45"/>`,
    });
  }
  if (shaded.length > 0) {
    items.push({ text: `shaded: ${shaded.join(', ')}`, swatch: (x, y) => `<rect x="${x}" y="${y - 5}" width="${swatch}" height="10" fill="${SHADE_FILL}" stroke="#a6a6a6" stroke-width="0.5"/>` });
  }
  // Flow the items into rows.
  const rows: { x: number; item: (typeof items)[number] }[][] = [[]];
  let x = MARGIN + 4;
  for (const item of items) {
    const w = swatch + 5 + textWidthPx(item.text, LEGEND_PX) + 16;
    if (x + w > width - MARGIN && rows[rows.length - 1]!.length > 0) {
      rows.push([]);
      x = MARGIN + 4;
    }
    rows[rows.length - 1]!.push({ x, item });
    x += w;
  }
  const itemRows = items.length === 0 ? 0 : rows.length;
  const height = (itemRows + routes.length) * rowHeight;
  const draw = (top: number) => {
    const parts: string[] = [];
    rows.forEach((row, r) => {
      const y = top + r * rowHeight + 11;
      for (const { x: x0, item } of row) parts.push(`${item.swatch(x0, y - 3.5)}<text x="${x0 + swatch + 5}" y="${y}" font-size="${LEGEND_PX}">${escapeHtml(item.text)}</text>`);
    });
    routes.forEach((route, i) => {
      const y = top + (itemRows + i) * rowHeight + 11;
      const x0 = MARGIN + 4;
      const dash = ROUTE_DASHES[i % ROUTE_DASHES.length]!;
      const label = `${names[i]!}: ${Math.round(route.lengthKm).toLocaleString('en-US')} km, ${route.countries.join(' → ')}`;
      parts.push(
        `<line class="route-swatch" x1="${x0}" y1="${y - 3.5}" x2="${x0 + swatch}" y2="${y - 3.5}" stroke="${routeColour(i)}" stroke-width="${ROUTE_WIDTH_PX}"${dash ? ` stroke-dasharray="${dash}"` : ''} stroke-opacity="0.85"/><text x="${x0 + swatch + 5}" y="${y}" font-size="${LEGEND_PX}">${escapeHtml(truncateToWidth(label, width - 2 * MARGIN - swatch - 14, LEGEND_PX))}</text>`,
      );
    });
    return parts.join('');
  };
  return { height, draw };
}

const SHADE_FILL = '#d6e4c3';
const OPTION_KEYS = ['width', 'height', 'title', 'routes', 'routeNames', 'shadeCountries', 'statuses', 'labels', 'placeNames', 'extent'];

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
  if (o['placeNames'] !== undefined && typeof o['placeNames'] !== 'boolean') fail('placeNames', o['placeNames'], 'expected true or false');
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
  const names = o['routeNames'];
  if (names !== undefined) {
    const count = routes === undefined ? 0 : (Array.isArray(routes) ? routes : (routes as { routes: unknown[] }).routes).length;
    if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) fail('routeNames', names, 'expected a list of strings, one per route');
    if ((names as unknown[]).length > count) fail('routeNames', names, `expected at most one name per route (${count} route${count === 1 ? '' : 's'} given)`);
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
