/**
 * Builds the bundled dataset (`data/corridor.geo.json`, the file `package.json` exports) from the authored records in
 * `scripts/corridor/` (sources, nodes, links).
 *
 * - resolves citation keys into full source objects (keeping `key` and any per-record `note`);
 * - computes the lengths marked `computed`: sea-route distances over the searoute/MARNET network
 *   (read from `shared/data/searoute-subset/`, or `$TRANSCASPIAN_SHARED_DIR/data/searoute-subset/`),
 *   great-circle distances scaled by the median circuity of the dataset's published links of the same
 *   mode, and sums of published sections and such estimated gaps;
 * - builds link geometries (see `scripts/corridor/geometry.ts`): pipeline lines from Global Energy
 *   Monitor's route files (read from `shared/data/gem-pipeline-routes/`), sea lanes from the
 *   searoute/MARNET path of their sea-route distance, `null` elsewhere; fills `geometryLengthKm` and
 *   `kmByCountry` (library functions `lineLengthKm` and `kmByCountry`) and `geometryNote`, and checks
 *   each line against the link's length and declared transit countries (exceptions must be documented);
 * - validates the result with the library's `parseNetwork` (it must pass with no warnings);
 * - writes the file deterministically: nodes sorted by id, then links by id, one feature per line,
 *   a fixed key order and a trailing newline.
 *
 * Usage:
 *   npx tsx scripts/build-data.ts            # write the dataset file
 *   npx tsx scripts/build-data.ts --check    # exit 1 if the committed file differs from the build
 *   npx tsx scripts/build-data.ts --table    # also print a table of every link and one of the geometries
 *
 * The generated file is self-contained: it carries the computed numbers, not the networks used.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// The library's modules, not its entry point: the entry point imports the bundled dataset this script
// writes, so the script would then need the file it makes.
import { greatCircleKm } from '../src/geo/great-circle.js';
import { lineLengthKm } from '../src/geo/line-length.js';
import { countriesAlong, kmByCountry } from '../src/geo/km-by-country.js';
import { distanceToCountryKm } from '../src/geo/borders.js';
import { SEA_AREA, type KmInArea } from '../src/model/km-by-country.js';
import { parseNetwork } from '../src/graph/parse-network.js';
import { applyScenario } from '../src/analysis/apply-scenario.js';
import { type Scenario, scenarioSchema } from '../src/model/scenario.js';
import type { LonLat } from '../src/model/position.js';
import type { PublishedCapacity } from '../src/model/capacity.js';
import { assemblePieces, CONNECTOR_MIN_KM, cutLine, loadGemRoute, SNAP_KM, withConnectors } from './corridor/gem-routes.js';
import {
  COUNTRY_SPLIT_MARKER,
  END_COUNTRY_TOLERANCE_KM,
  type GeometryRemarks,
  LENGTH_RATIO_MARKER,
  LENGTH_RATIO_RANGE,
  NO_GEOMETRY,
  PIPELINE_GEOMETRY,
  SEA_GEOMETRY,
  UNDECLARED_COUNTRY_MAX_KM,
} from './corridor/geometry.js';
import { LINKS, PUBLISHED_BELOW_GREAT_CIRCLE } from './corridor/links.js';
import { NODES } from './corridor/nodes.js';
import { haveSharedDir, sharedDir } from './shared-dir.js';
import { SCENARIOS } from './corridor/scenarios.js';
import { loadSeaNetwork, type SeaNetwork } from './corridor/sea-route.js';
import { SOURCES } from './corridor/sources.js';
import type { CapacityInput, LengthInput, LinkInput, NodeInput, SourceRef, WayPoint } from './corridor/types.js';

/** Absolute path of the generated dataset (the file `src/data/bundled.ts` imports and `package.json` exports). */
export const DATASET_PATH = fileURLToPath(new URL('../data/corridor.geo.json', import.meta.url));

/** Absolute path of the generated scenario list (`src/data/bundled-scenarios.ts` imports it). */
export const SCENARIOS_PATH = fileURLToPath(new URL('../data/scenarios.json', import.meta.url));

/** Date written into `metadata.updated`: when the authored records last changed. */
export const DATASET_UPDATED = '2026-12-06';

/**
 * Written into `metadata.asOf`: the dataset describes the corridor as of this year (statuses,
 * capacities, times and tariffs in force in 2026; older figures are used only where no newer one was
 * found, and each carries its year).
 */
export const DATASET_AS_OF = '2026';

/** Absolute path of the MARNET subset read for sea-route distances. */
export function seaNetworkPath(): string {
  return path.join(sharedDir(), 'data', 'searoute-subset', 'marnet-subset.geojson');
}

/** Absolute path of the folder of Global Energy Monitor route files read for pipeline geometries. */
export function gemRoutesDir(): string {
  return path.join(sharedDir(), 'data', 'gem-pipeline-routes');
}

/** One row of the link summary table printed by `--table` and returned by {@link buildDataset}. */
export interface LinkSummary {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly mode: string;
  readonly lengthKm: number;
  readonly lengthBasis: 'published' | 'computed';
  /** Great-circle distance between the end nodes, km (unrounded). */
  readonly greatCircleKm: number;
  /** Length of the link's geometry (km, as written), when it has one. */
  readonly geometryLengthKm?: number;
  /** Kilometres of the geometry by country (as written), when it has one. */
  readonly kmByCountry?: readonly KmInArea[];
  /** Declared transit countries. */
  readonly transitCountries: readonly string[];
}

/** What {@link buildDataset} returns. */
export interface BuiltDataset {
  /** The dataset object (GeoJSON FeatureCollection with `metadata`). */
  readonly dataset: { readonly type: 'FeatureCollection'; readonly metadata: Record<string, unknown>; readonly features: readonly Record<string, unknown>[] };
  /** The exact text written to {@link DATASET_PATH}. */
  readonly text: string;
  /** One row per link, sorted by id. */
  readonly links: readonly LinkSummary[];
}

interface ResolvedSource {
  readonly key: string;
  readonly title: string;
  readonly publisher?: string;
  readonly date?: string;
  readonly url?: string;
  readonly note?: string;
}

/** Builds the dataset; throws an `Error` naming the record on any inconsistency. */
export function buildDataset(options: { readonly seaNetworkPath?: string; readonly gemRoutesDir?: string } = {}): BuiltDataset {
  checkUnique(NODES.map((n) => n.id), 'node');
  checkUnique(LINKS.map((l) => l.id), 'link');
  const nodeById = new Map(NODES.map((node) => [node.id, node] as const));
  const cited = new Set<string>();

  let sea: SeaNetwork | undefined;
  const seaNetwork = (): SeaNetwork => {
    sea ??= loadSeaNetwork(options.seaNetworkPath ?? seaNetworkPath());
    return sea;
  };

  const nodeFeatures = [...NODES]
    .sort((a, b) => compare(a.id, b.id))
    .map((node) => nodeFeature(node, resolveSources(node.sources, `node "${node.id}"`, cited), resolveDwell(node, cited)));

  const circuity = circuityByMode(nodeById);
  const summaries: LinkSummary[] = [];
  const linkFeatures = [...LINKS]
    .sort((a, b) => compare(a.id, b.id))
    .map((link) => {
      const from = nodeById.get(link.from);
      const to = nodeById.get(link.to);
      if (from === undefined || to === undefined) {
        throw new Error(`buildDataset: link "${link.id}" refers to unknown node "${from === undefined ? link.from : link.to}"`);
      }
      const length = resolveLength(link, lonLatOf(from), lonLatOf(to), seaNetwork, circuity);
      const straightKm = greatCircleKm(lonLatOf(from), lonLatOf(to));
      const excused = Object.hasOwn(PUBLISHED_BELOW_GREAT_CIRCLE, link.id);
      if (length.basis === 'published' && length.km < straightKm && !excused) {
        throw new Error(
          `buildDataset: link "${link.id}": published length ${length.km} km is shorter than the great-circle distance ${straightKm.toFixed(1)} km between its end nodes; check the figure, make the length computed, or list the link in PUBLISHED_BELOW_GREAT_CIRCLE with the reason`,
        );
      }
      if (excused && !(length.basis === 'published' && length.km < straightKm)) {
        throw new Error(`buildDataset: link "${link.id}" is listed in PUBLISHED_BELOW_GREAT_CIRCLE but its length is not a published one below the great-circle distance`);
      }
      const geometry = resolveGeometry(link, lonLatOf(from), lonLatOf(to), length, seaNetwork, options.gemRoutesDir ?? gemRoutesDir());
      const time = resolveTransitTime(link, length.km);
      summaries.push({
        id: link.id, from: link.from, to: link.to, mode: link.mode, lengthKm: length.km, lengthBasis: length.basis, greatCircleKm: straightKm,
        ...(geometry.coordinates === null ? {} : { geometryLengthKm: geometry.lengthKm, kmByCountry: geometry.kmByCountry }),
        transitCountries: [...link.transitCountries],
      });
      return linkFeature(link, length, geometry, time, resolveSources(link.sources, `link "${link.id}"`, cited));
    });

  const metadata = {
    title: 'Trans-Caspian ("Middle") corridor: pipelines, railways, ferries and sea lanes',
    description:
      'Nodes (fields, ports, terminals, rail hubs, border crossings, chokepoints, markets) and links (oil and gas pipelines, railways, Caspian, Black Sea and Mediterranean sea lanes) of the Trans-Caspian corridor and its Russian and Chinese alternatives. Every record lists its sources; lengths say whether they are published or computed (sea-route distances over searoute/MARNET; land links without a published length are estimated as the great-circle distance times the median circuity of the dataset’s published links of the same mode), and computed lengths explain their method in lengthNote. Link geometries: pipelines with a public route have their Global Energy Monitor line (TANAP and TAP: OpenStreetMap pieces), cut or assembled between the link’s nodes, with straight connectors where the line stops short of a node; sea links have the searoute/MARNET path their sea-route distance walks; every other link has geometry null (drawn as a straight line between its nodes), and geometryNote says which. geometryLengthKm is the geodesic length of the line as written (coordinates rounded to 5 decimals); kmByCountry splits it by the Natural Earth borders bundled with the library, in 1 km steps (sea: outside every country’s land outline), rounded to 0.1 km.',
    version: '1',
    license:
      'The compilation is licensed CC BY 4.0. Third-party terms: Global Energy Monitor pipeline data (Global Oil Infrastructure Tracker / Global Gas Infrastructure Tracker: pipeline route geometries and route end points used for some node positions), CC BY 4.0; searoute-py maritime network derived from Eurostat MARNET (sea-lane geometries and computed sea distances), Apache-2.0; OpenStreetMap data (the TANAP and TAP route geometries, which GEM assembled from OpenStreetMap pieces, the TANAP/TAP interconnection point, and Kazakh railway station positions), ODbL 1.0; GeoNames coordinates, CC BY 4.0.',
    attribution:
      'Compiled by the transcaspian project from the sources listed on each record. Includes data from Global Energy Monitor, Global Oil Infrastructure Tracker / Global Gas Infrastructure Tracker (pipeline routes, CC BY 4.0), searoute-py (genthalili/searoute-py, Apache-2.0) and Eurostat MARNET (sea lanes), © OpenStreetMap contributors (TANAP and TAP routes, ODbL), GeoNames, UN/LOCODE (UNECE) and the NGA World Port Index. Country splits use Natural Earth borders (made with Natural Earth).',
    updated: DATASET_UPDATED,
    asOf: DATASET_AS_OF,
    sources: [...cited].sort(compare).map((key) => sourceObject(key, undefined)),
  };

  const features = [...nodeFeatures, ...linkFeatures];
  const dataset = { type: 'FeatureCollection' as const, metadata, features };

  const network = parseNetwork(dataset);
  if (network.warnings.length > 0) {
    throw new Error(`buildDataset: parseNetwork reported warnings:\n${network.warnings.map((w) => `- ${w.message}`).join('\n')}`);
  }

  return { dataset, text: serialize(metadata, features), links: summaries };
}

// ---------------------------------------------------------------------------------------- features

function nodeFeature(node: NodeInput, sources: readonly ResolvedSource[], dwell: readonly Record<string, unknown>[] | undefined): Record<string, unknown> {
  return {
    type: 'Feature',
    id: node.id,
    geometry: { type: 'Point', coordinates: [node.lon, node.lat] },
    properties: compact({
      type: 'node',
      id: node.id,
      name: node.name,
      kind: node.kind,
      country: node.country,
      locode: node.locode,
      aliases: node.aliases === undefined ? undefined : [...node.aliases],
      capacity: capacityObject(node.capacity),
      dwell,
      coordinatesNote: node.coordinatesNote,
      notes: node.notes,
      sources,
    }),
  };
}

interface ResolvedLength {
  readonly km: number;
  readonly basis: 'published' | 'computed';
  readonly note: string;
}

function linkFeature(
  link: LinkInput,
  length: ResolvedLength,
  geometry: ResolvedGeometry,
  time: ResolvedTransitTime | undefined,
  sources: readonly ResolvedSource[],
): Record<string, unknown> {
  if (link.tariff !== undefined && link.tariffNote !== undefined) {
    throw new Error(`buildDataset: link "${link.id}" has both a tariff and a tariffNote; put the note in tariff.note`);
  }
  return {
    type: 'Feature',
    id: link.id,
    geometry: geometry.coordinates === null ? null : { type: 'LineString', coordinates: geometry.coordinates },
    properties: compact({
      type: 'link',
      id: link.id,
      name: link.name,
      from: link.from,
      to: link.to,
      mode: link.mode,
      commodities: [...link.commodities],
      direction: link.direction,
      status: link.status,
      transitCountries: [...link.transitCountries],
      lengthKm: length.km,
      lengthBasis: length.basis,
      lengthNote: length.note,
      geometryLengthKm: geometry.lengthKm,
      kmByCountry: geometry.kmByCountry?.map((s) => ({ country: s.country, km: s.km })),
      geometryNote: geometry.note,
      capacity: capacityObject(link.capacity),
      transitTimeHours: time?.hours,
      transitTimeBasis: time?.basis,
      transitTimeNote: time?.note,
      gaugeMm: link.gaugeMm,
      tariffUsdPerTonne: link.tariff?.usdPerTonne,
      tariffYear: link.tariff?.year,
      tariffNote: link.tariff?.note ?? link.tariffNote,
      operator: link.operator,
      startYear: link.startYear,
      notes: link.notes,
      sources,
    }),
  };
}

function capacityObject(
  capacity: CapacityInput | readonly PublishedCapacity[] | undefined,
): Record<string, unknown> | Record<string, unknown>[] | undefined {
  if (capacity === undefined) return undefined;
  if (isCapacityList(capacity)) return capacity.map(publishedCapacityObject);
  if ('unlimited' in capacity) return { unlimited: true, note: capacity.note };
  return publishedCapacityObject(capacity);
}

function isCapacityList(capacity: CapacityInput | readonly PublishedCapacity[]): capacity is readonly PublishedCapacity[] {
  return Array.isArray(capacity);
}

function publishedCapacityObject(capacity: PublishedCapacity): Record<string, unknown> {
  return compact({
    value: capacity.value,
    unit: capacity.unit,
    commodities: capacity.commodities === undefined ? undefined : [...capacity.commodities],
    year: capacity.year,
    note: capacity.note,
    lowerBound: capacity.lowerBound,
  });
}

// ---------------------------------------------------------------------------------------- times and dwell

interface ResolvedTransitTime {
  readonly hours: number;
  readonly basis: 'published' | 'derived-from-speed' | 'derived-from-schedule';
  readonly note: string;
}

/**
 * A link's moving time: as authored, or, for `derived-from-speed`, its length ÷ the published speed,
 * rounded to 0.1 h, with the arithmetic in the note. The speed's source must be cited by the link.
 */
function resolveTransitTime(link: LinkInput, lengthKm: number): ResolvedTransitTime | undefined {
  const spec = link.transitTime;
  if (spec === undefined) return undefined;
  const where = `buildDataset: link "${link.id}"`;
  if (spec.basis !== 'derived-from-speed') {
    if (!(spec.hours > 0)) throw new Error(`${where}: transit time must be > 0 hours`);
    return { hours: spec.hours, basis: spec.basis, note: spec.note };
  }
  const { speed } = spec;
  if ((speed.kmPerDay === undefined) === (speed.kmPerHour === undefined)) throw new Error(`${where}: give exactly one of speed.kmPerDay and speed.kmPerHour`);
  const cites = link.sources.some((ref) => (typeof ref === 'string' ? ref : ref.key) === speed.source);
  if (!cites) throw new Error(`${where}: its time is derived from the speed published by ${speed.source}, which the link does not cite`);
  const kmPerHour = speed.kmPerHour ?? (speed.kmPerDay as number) / 24;
  if (!(kmPerHour > 0)) throw new Error(`${where}: speed must be > 0`);
  const hours = Math.max(0.1, Math.round((lengthKm / kmPerHour) * 10) / 10);
  const stated = speed.kmPerDay !== undefined ? `${speed.kmPerDay.toLocaleString('en-US')} km/day` : `${speed.kmPerHour} km/h`;
  return {
    hours,
    basis: 'derived-from-speed',
    note: `Derived, not published: lengthKm ${lengthKm.toLocaleString('en-US')} km ÷ ${stated} (${speed.what}; ${speed.source}) = ${hours} h, rounded to 0.1 h.${spec.note === undefined ? '' : ` ${spec.note}`}`,
  };
}

/** A node's dwell entries as written: citation keys resolved into source objects (each entry cites at least one). */
function resolveDwell(node: NodeInput, cited: Set<string>): Record<string, unknown>[] | undefined {
  if (node.dwell === undefined) return undefined;
  return node.dwell.map((entry, i) => {
    const where = `node "${node.id}" dwell[${i}]`;
    return compact({
      trigger: entry.trigger,
      activity: entry.activity,
      commodities: [...entry.commodities],
      modes: entry.modes === undefined ? undefined : [...entry.modes],
      hours: entry.hours,
      minHours: entry.minHours,
      maxHours: entry.maxHours,
      basis: entry.basis,
      year: entry.year,
      costUsdPerTeu: entry.costUsdPerTeu,
      costUsdPerTonne: entry.costUsdPerTonne,
      costYear: entry.costYear,
      note: entry.note,
      sources: resolveSources(entry.sources, where, cited),
    });
  });
}

// ---------------------------------------------------------------------------------------- lengths

const SEA_ROUTE_LEAD = 'Sea-route distance over the searoute/MARNET network (computed, not published)';
const GREAT_CIRCLE_LEAD = 'Great-circle distance between the end nodes (computed, not published), a lower bound on the real route length';

/**
 * Circuity of a mode: the median ratio of published length to great-circle distance between the end
 * nodes over this dataset's links of that mode with a published length. Used to estimate the lengths of
 * land links nobody publishes (great-circle distance × circuity), instead of using the great-circle
 * distance itself, which is a lower bound that would make such routes look shorter than they are.
 */
interface Circuity {
  readonly ratio: number;
  readonly description: string;
}

function circuityByMode(nodeById: ReadonlyMap<string, NodeInput>): Map<string, Circuity> {
  const ratios = new Map<string, { id: string; ratio: number }[]>();
  for (const link of LINKS) {
    if (link.length.basis !== 'published' || link.mode === 'sea' || Object.hasOwn(PUBLISHED_BELOW_GREAT_CIRCLE, link.id)) continue;
    const from = nodeById.get(link.from);
    const to = nodeById.get(link.to);
    if (from === undefined || to === undefined) continue;
    const list = ratios.get(link.mode) ?? [];
    list.push({ id: link.id, ratio: link.length.km / greatCircleKm(lonLatOf(from), lonLatOf(to)) });
    ratios.set(link.mode, list);
  }
  const out = new Map<string, Circuity>();
  for (const [mode, list] of ratios) {
    if (list.length < 3) continue;
    const sorted = [...list].sort((a, b) => a.ratio - b.ratio);
    const mid = sorted.length >> 1;
    const ratio = sorted.length % 2 === 1 ? sorted[mid]!.ratio : (sorted[mid - 1]!.ratio + sorted[mid]!.ratio) / 2;
    const ids = [...list].map((x) => x.id).sort(compare);
    out.set(mode, {
      ratio,
      description: `the median ratio of published length to great-circle distance over this dataset's ${list.length} ${mode} links with a published length: ${ids.join(', ')}`,
    });
  }
  return out;
}

function resolveLength(link: LinkInput, from: LonLat, to: LonLat, seaNetwork: () => SeaNetwork, circuity: ReadonlyMap<string, Circuity>): ResolvedLength {
  const spec: LengthInput = link.length;
  const extra = (note: string | undefined): string => (note === undefined ? '' : ` ${note}`);
  switch (spec.basis) {
    case 'published':
      if (!(spec.km > 0)) throw new Error(`buildDataset: link "${link.id}": published length must be > 0`);
      return { km: spec.km, basis: 'published', note: spec.note };
    case 'computed':
      break;
  }
  switch (spec.method) {
    case 'sea-route': {
      if (link.mode !== 'sea') throw new Error(`buildDataset: link "${link.id}": sea-route length on a ${link.mode} link`);
      const route = seaNetwork().distance(from, to);
      if (route === null) {
        const km = ceilKm(greatCircleKm(from, to));
        return {
          km,
          basis: 'computed',
          note: `${GREAT_CIRCLE_LEAD}: the searoute/MARNET network has no lane joining these ports, so the great-circle distance is used instead; rounded up to 1 km.${extra(spec.note)}`,
        };
      }
      const passages = route.passages.length === 0 ? '' : ` The path uses the network’s ${route.passages.join(' and ')} passage${route.passages.length > 1 ? 's' : ''}.`;
      return {
        km: roundKm(route.km),
        basis: 'computed',
        note:
          `${SEA_ROUTE_LEAD}: shortest path over the MARNET subset of searoute-py (Apache-2.0, derived from Eurostat MARNET)${closedLanes(seaNetwork())}, ` +
          `each end joined to its nearest network vertex by a straight connector (${route.fromConnectorKm.toFixed(1)} km and ${route.toConnectorKm.toFixed(1)} km), ` +
          `segment lengths by great-circle (haversine); ${route.km.toFixed(1)} km, rounded to 1 km.${passages}${extra(spec.note)}`,
      };
    }
    case 'great-circle': {
      const km = greatCircleKm(from, to);
      const factor = circuity.get(link.mode);
      if (factor === undefined) {
        return { km: ceilKm(km), basis: 'computed', note: `${GREAT_CIRCLE_LEAD}: ${km.toFixed(1)} km, rounded up to 1 km; no published length was found. ${spec.note}` };
      }
      return {
        km: roundKm(km * factor.ratio),
        basis: 'computed',
        note: `Computed, not published (an estimate): great-circle distance between the end nodes ${km.toFixed(1)} km × ${factor.ratio.toFixed(3)} (${factor.description}) = ${(km * factor.ratio).toFixed(1)} km, rounded to 1 km; no published length was found. ${spec.note}`,
      };
    }
    case 'parts': {
      let total = 0;
      const terms = spec.parts.map((part) => {
        if (part.kind === 'published') {
          total += part.km;
          return `${part.label} ${part.km} km (published, ${part.source})`;
        }
        const km = greatCircleKm(wayPointLonLat(part.start), wayPointLonLat(part.end));
        const factor = circuity.get(link.mode);
        if (factor === undefined) {
          total += km;
          return `${part.label} ${km.toFixed(1)} km (great-circle between ${wayPointLabel(part.start)} and ${wayPointLabel(part.end)}, a lower bound; the real distance is not published)`;
        }
        total += km * factor.ratio;
        return `${part.label} ${(km * factor.ratio).toFixed(1)} km (great-circle ${km.toFixed(1)} km between ${wayPointLabel(part.start)} and ${wayPointLabel(part.end)} × ${factor.ratio.toFixed(3)}, ${factor.description}; the real distance is not published)`;
      });
      return {
        km: roundKm(total),
        basis: 'computed',
        note: `Computed, not published: ${terms.join(' + ')} = ${total.toFixed(1)} km, rounded to 1 km. ${spec.note}`,
      };
    }
    case 'arithmetic':
      return { km: spec.km, basis: 'computed', note: `Computed, not published, by arithmetic on published figures: ${spec.note}` };
  }
}

/** The clause naming the network lanes left out of the sea-route search (empty when none). */
function closedLanes(network: SeaNetwork): string {
  if (network.closedSegments.length === 0) return '';
  return ` without its ${network.closedSegments.map((c) => `${c.name} lane (${c.reason})`).join(' and ')}`;
}

/** Rounds an estimate to the nearest km (at least 1). */
function roundKm(km: number): number {
  return Math.max(1, Math.round(km));
}

/** Rounds a lower bound up to the next km, so that it stays a lower bound of nothing less than itself. */
function ceilKm(km: number): number {
  return Math.max(1, Math.ceil(km - 1e-9));
}

function lonLatOf(node: NodeInput): LonLat {
  return [node.lon, node.lat];
}

function wayPointLonLat(point: WayPoint): LonLat {
  return [point.lon, point.lat];
}

function wayPointLabel(point: WayPoint): string {
  return `${point.name} (${point.lat}, ${point.lon}; ${point.from})`;
}

// ---------------------------------------------------------------------------------------- geometries

/** A link's geometry as written: coordinates (or `null`), its length and split by country, and the note. */
interface ResolvedGeometry {
  readonly coordinates: number[][] | null;
  readonly lengthKm?: number;
  readonly kmByCountry?: readonly KmInArea[];
  readonly note: string;
}

const GEM_ATTRIBUTION = { oil: 'Global Energy Monitor, Global Oil Infrastructure Tracker', gas: 'Global Energy Monitor, Global Gas Infrastructure Tracker' } as const;

function resolveGeometry(
  link: LinkInput,
  from: LonLat,
  to: LonLat,
  length: ResolvedLength,
  seaNetwork: () => SeaNetwork,
  gemDir: string,
): ResolvedGeometry {
  const where = `buildDataset: link "${link.id}"`;
  const gem = PIPELINE_GEOMETRY[link.id];
  if (gem !== undefined && link.mode !== 'pipeline') throw new Error(`${where}: has a GEM geometry but is a ${link.mode} link`);
  if (Object.hasOwn(SEA_GEOMETRY, link.id) && link.mode !== 'sea') throw new Error(`${where}: listed in SEA_GEOMETRY but is a ${link.mode} link`);
  const noGeometry = NO_GEOMETRY[link.id];
  if (noGeometry !== undefined && (gem !== undefined || link.mode === 'sea')) throw new Error(`${where}: listed in NO_GEOMETRY but has a geometry`);

  let line: readonly LonLat[];
  let lead: string;
  let remarks: GeometryRemarks = {};
  if (gem !== undefined) {
    requireSource(link, 'GEO-GEM', gem.projectId);
    if (gem.openStreetMap === true) requireSource(link, 'GEO-OSM-PIPELINES', gem.projectId);
    const route = loadGemRoute(gemDir, gem.projectId);
    const origin = `Global Energy Monitor route ${gem.projectId} (${gem.title}; ${GEM_ATTRIBUTION[gem.tracker]}, CC BY 4.0)`;
    let body: string;
    let raw: readonly LonLat[];
    if (gem.method === 'cut') {
      const cut = cutLine(route, from, to);
      raw = cut.line;
      body =
        `${origin}, ${route.parts.length > 1 ? `its ${route.parts.length} segments joined end to start (${cut.wholeKm.toFixed(1)} km) and` : `${cut.wholeKm.toFixed(1)} km,`} ` +
        `cut between its points nearest the end nodes (${cut.fromKm.toFixed(1)} km from ${link.from}, ${cut.toKm.toFixed(1)} km from ${link.to}).`;
    } else {
      const assembled = assemblePieces(route, from, to);
      raw = assembled.line;
      const left = assembled.pieceCount - assembled.usedPieces.length;
      body =
        `${origin}, made of ${assembled.pieceCount} OpenStreetMap pieces (© OpenStreetMap contributors, ODbL 1.0; ${assembled.allKm.toFixed(1)} km in all), ` +
        `assembled into one continuous line: the shortest path through the pieces (each piece end joined to a vertex of another piece within ${SNAP_KM} km${assembled.snaps.count > 0 ? `; ${assembled.snaps.count} such joins on the path, ${assembled.snaps.km.toFixed(2)} km` : ''}) ` +
        `between the vertices nearest the end nodes (${assembled.fromKm.toFixed(1)} km from ${link.from}, ${assembled.toKm.toFixed(1)} km from ${link.to}). ` +
        (left === 0
          ? `All ${assembled.pieceCount} pieces are on it.`
          : `The path runs along ${assembled.usedPieces.length} pieces; the other ${left} (${assembled.unusedKm.toFixed(1)} km: branches, parallel lines and other BOTAŞ lines off the main line) are left out.`);
    }
    const connected = withConnectors(raw, from, to);
    line = connected.line;
    const connectors = [
      connected.fromConnectorKm > 0 ? `${connected.fromConnectorKm.toFixed(1)} km from ${link.from} to the line’s start` : undefined,
      connected.toConnectorKm > 0 ? `${connected.toConnectorKm.toFixed(1)} km from the line’s end to ${link.to}` : undefined,
    ].filter((x) => x !== undefined);
    const connectorText =
      connectors.length === 0
        ? `No connector: the line ends within ${CONNECTOR_MIN_KM} km of both nodes.`
        : `GEM’s line stops short of ${connectors.length === 2 ? 'both nodes, so straight connectors are' : 'a node, so a straight connector is'} added: ${connectors.join('; ')}.`;
    lead = `Route geometry from ${body} ${connectorText}${gem.remark === undefined ? '' : ` ${gem.remark}`}`;
    remarks = gem;
  } else if (link.mode === 'sea') {
    requireSource(link, 'GEO-SEAROUTE');
    const route = seaNetwork().distance(from, to);
    if (route === null) {
      return { coordinates: null, note: `No geometry: the searoute/MARNET network has no lane joining these ports, so the link is drawn as a straight line between its nodes.` };
    }
    line = route.coordinates;
    const isSeaRoute = link.length.basis === 'computed' && link.length.method === 'sea-route';
    const versus =
      length.basis === 'published'
        ? `its length, ${route.km.toFixed(1)} km, compares with the published ${length.km} km in lengthKm`
        : isSeaRoute
          ? `its length is the computed sea-route distance in lengthKm (${route.km.toFixed(1)} km before rounding)`
          : `its length, ${route.km.toFixed(1)} km, is not used: lengthKm (${length.km} km) is computed otherwise, as lengthNote explains`;
    lead =
      `Route geometry: the searoute/MARNET path that the sea-route distance walks (searoute-py, Apache-2.0, derived from Eurostat MARNET), ` +
      `${route.vertexCount} network vertices plus straight connectors from the end nodes to their nearest vertices (${route.fromConnectorKm.toFixed(1)} km and ${route.toConnectorKm.toFixed(1)} km); ${versus}. A generalised shipping lane, not a track.`;
    remarks = SEA_GEOMETRY[link.id] ?? {};
  } else {
    const note =
      noGeometry ??
      (link.mode === 'rail'
        ? 'No public route geometry is available for this railway (no OpenStreetMap or other public extract of the line was found in the stored material); it is drawn as a straight line between its nodes.'
        : 'No public route geometry is available for this link; it is drawn as a straight line between its nodes.');
    return { coordinates: null, note };
  }

  const coordinates = roundLine(line);
  if (coordinates.length < 2) throw new Error(`${where}: geometry has fewer than two positions`);
  const lengthKm = round1(lineLengthKm(coordinates));
  const stretches = roundStretches(kmByCountry(coordinates, { stepKm: 1 }));
  const check = checkGeometry(link, coordinates, lengthKm, length.km, stretches);
  const exceptions = remarks.exceptions ?? {};
  const notes: string[] = [lead];
  if (check.smallDifferences.length > 0 || remarks.countryNote !== undefined) {
    if (check.undeclaredEntered && remarks.countryNote === undefined) {
      throw new Error(`${where}: ${check.smallDifferences.join('; ')}; explain it as countryNote in scripts/corridor/geometry.ts`);
    }
    if (check.smallDifferences.length === 0) throw new Error(`${where}: has a countryNote but its line crosses exactly the declared countries; remove the note`);
    notes.push(`Countries along the line differ slightly from transitCountries: ${check.smallDifferences.join('; ')}.${remarks.countryNote === undefined ? '' : ` ${remarks.countryNote}`}`);
  }
  for (const [kind, marker, problem, reason] of [
    ['lengthRatio', LENGTH_RATIO_MARKER, check.lengthRatio, exceptions.lengthRatio],
    ['countrySplit', COUNTRY_SPLIT_MARKER, check.countrySplit, exceptions.countrySplit],
  ] as const) {
    if (problem !== undefined && reason === undefined) {
      throw new Error(`${where}: ${problem}; fix the data or document the reason as exceptions.${kind} in scripts/corridor/geometry.ts`);
    }
    if (problem === undefined && reason !== undefined) {
      throw new Error(`${where}: documents exceptions.${kind} but its geometry passes that check; remove the exception`);
    }
    if (reason !== undefined) notes.push(`${marker} ${problem}. ${reason}`);
  }
  return { coordinates, lengthKm, kmByCountry: stretches, note: notes.join(' ') };
}

/** The outcome of {@link checkGeometry}. */
interface GeometryCheck {
  /** Set when geometryLengthKm ÷ lengthKm lies outside {@link LENGTH_RATIO_RANGE}. */
  readonly lengthRatio?: string;
  /** Set when the countries crossed contradict the declared ones beyond the tolerances. */
  readonly countrySplit?: string;
  /** Differences within the tolerances, as sentences for `geometryNote`. */
  readonly smallDifferences: readonly string[];
  /** Whether the line enters an undeclared country at all. */
  readonly undeclaredEntered: boolean;
}

/**
 * The checks every geometry must pass unless its exception is documented: geometryLengthKm ÷ lengthKm
 * within {@link LENGTH_RATIO_RANGE}; every declared transit country entered by the line (or, for a
 * country the line never enters, an end of the line within {@link END_COUNTRY_TOLERANCE_KM} of it), in
 * the declared order; no undeclared country entered for more than {@link UNDECLARED_COUNTRY_MAX_KM} in
 * total. Differences within the tolerances are returned for the note.
 */
function checkGeometry(link: LinkInput, coordinates: readonly number[][], geometryKm: number, lengthKm: number, stretches: readonly KmInArea[]): GeometryCheck {
  let lengthRatio: string | undefined;
  const ratio = geometryKm / lengthKm;
  if (ratio < LENGTH_RATIO_RANGE[0] || ratio > LENGTH_RATIO_RANGE[1]) {
    lengthRatio = `geometry ${geometryKm} km ÷ lengthKm ${lengthKm} km = ${ratio.toFixed(2)}`;
  }
  const kmIn = new Map<string, number>();
  for (const { country, km } of stretches) if (country !== SEA_AREA) kmIn.set(country, (kmIn.get(country) ?? 0) + km);
  const ends: readonly { node: string; lonLat: LonLat }[] = [
    { node: link.from, lonLat: [coordinates[0]?.[0] as number, coordinates[0]?.[1] as number] },
    { node: link.to, lonLat: [coordinates[coordinates.length - 1]?.[0] as number, coordinates[coordinates.length - 1]?.[1] as number] },
  ];
  const problems: string[] = [];
  const small: string[] = [];
  for (const country of new Set(link.transitCountries)) {
    if ((kmIn.get(country) ?? 0) > 0) continue;
    const nearest = ends
      .map((end) => ({ ...end, km: distanceToCountryKm(end.lonLat, country) ?? Infinity }))
      .reduce((a, b) => (b.km < a.km ? b : a));
    if (nearest.km > END_COUNTRY_TOLERANCE_KM) problems.push(`declared ${country} is not entered (nearest end ${nearest.km.toFixed(1)} km away)`);
    else small.push(`declared ${country} has no km on the line, whose end at ${nearest.node} lies ${nearest.km.toFixed(1)} km from ${country}’s Natural Earth outline (within the ${END_COUNTRY_TOLERANCE_KM} km tolerance for ends at ports and borders)`);
  }
  let undeclaredEntered = false;
  for (const [country, km] of [...kmIn].sort((a, b) => compare(a[0], b[0]))) {
    if (link.transitCountries.includes(country)) continue;
    undeclaredEntered = true;
    if (km > UNDECLARED_COUNTRY_MAX_KM) problems.push(`undeclared ${country} is entered for ${km.toFixed(1)} km`);
    else small.push(`undeclared ${country} is entered for ${km.toFixed(1)} km in all (at most ${UNDECLARED_COUNTRY_MAX_KM} km is tolerated)`);
  }
  const declared = new Set(link.transitCountries);
  const order = countriesAlong(stretches.filter((s) => declared.has(s.country)));
  const expected = link.transitCountries.filter((c) => (kmIn.get(c) ?? 0) > 0);
  if (order.join('-') !== expected.join('-')) problems.push(`crosses the declared countries in the order ${order.join('-')}, declared ${link.transitCountries.join('-')}`);
  return {
    ...(lengthRatio === undefined ? {} : { lengthRatio }),
    ...(problems.length === 0 ? {} : { countrySplit: problems.join('; ') }),
    smallDifferences: small,
    undeclaredEntered,
  };
}

/** Throws unless the link cites `key` (and, when given, mentions `mention` in that citation's note). */
function requireSource(link: LinkInput, key: string, mention?: string): void {
  const ref = link.sources.find((r) => (typeof r === 'string' ? r : r.key) === key);
  if (ref === undefined) throw new Error(`buildDataset: link "${link.id}" has a geometry from ${key} but does not cite it`);
  if (mention !== undefined && (typeof ref === 'string' || !ref.note.includes(mention))) {
    throw new Error(`buildDataset: link "${link.id}" cites ${key} without naming ${mention} in the citation note`);
  }
}

/** Coordinates rounded to 5 decimals (about 1 m), without consecutive repeats. */
function roundLine(line: readonly LonLat[]): number[][] {
  const out: number[][] = [];
  for (const [lon, lat] of line) {
    const p = [round5(lon), round5(lat)];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Stretches with km rounded to 0.1; stretches that round to 0 are dropped and their neighbours merged. */
function roundStretches(stretches: readonly KmInArea[]): KmInArea[] {
  const out: { country: string; km: number }[] = [];
  for (const { country, km } of stretches) {
    if (round1(km) === 0) continue;
    const last = out[out.length - 1];
    if (last !== undefined && last.country === country) last.km += km;
    else out.push({ country, km });
  }
  return out.map(({ country, km }) => ({ country, km: round1(km) }));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

// ---------------------------------------------------------------------------------------- sources

function resolveSources(refs: readonly SourceRef[], where: string, cited: Set<string>): ResolvedSource[] {
  if (refs.length === 0) throw new Error(`buildDataset: ${where} has no sources`);
  const seen = new Set<string>();
  return refs.map((ref) => {
    const key = typeof ref === 'string' ? ref : ref.key;
    if (seen.has(key)) throw new Error(`buildDataset: ${where} cites "${key}" twice`);
    seen.add(key);
    cited.add(key);
    return sourceObject(key, typeof ref === 'string' ? undefined : ref.note, where);
  });
}

function sourceObject(key: string, note: string | undefined, where = 'metadata'): ResolvedSource {
  const source = SOURCES[key];
  if (source === undefined) throw new Error(`buildDataset: ${where} cites unknown source key "${key}" (add it to a registry file in scripts/corridor/sources/)`);
  return compact({ key, title: source.title, publisher: source.publisher, date: source.date, url: source.url, note }) as unknown as ResolvedSource;
}

// ---------------------------------------------------------------------------------------- output

/** Writes the dataset with a fixed layout: metadata fields and sources one per line, one feature per line. */
function serialize(metadata: Record<string, unknown>, features: readonly Record<string, unknown>[]): string {
  const lines: string[] = ['{', '  "type": "FeatureCollection",', '  "metadata": {'];
  const entries = Object.entries(metadata);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    if (Array.isArray(value)) {
      lines.push(`    ${JSON.stringify(key)}: [`);
      value.forEach((item, j) => lines.push(`      ${JSON.stringify(item)}${j < value.length - 1 ? ',' : ''}`));
      lines.push(`    ]${comma}`);
    } else {
      lines.push(`    ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push('  },', '  "features": [');
  features.forEach((feature, i) => lines.push(`    ${JSON.stringify(feature)}${i < features.length - 1 ? ',' : ''}`));
  lines.push('  ]', '}');
  return `${lines.join('\n')}\n`;
}

/** A copy of `object` without its `undefined` members, keys in their original order. */
function compact<T extends Record<string, unknown>>(object: T): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) if (value !== undefined) out[key] = value;
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function checkUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new Error(`buildDataset: ${what} id "${id}" is used twice`);
    seen.add(id);
  }
}

// ---------------------------------------------------------------------------------------- scenarios

/** What {@link buildScenarios} returns: the scenario objects and the exact text of {@link SCENARIOS_PATH}. */
export interface BuiltScenarios {
  readonly scenarios: readonly Scenario[];
  readonly text: string;
}

/**
 * Builds the named scenarios: resolves citation keys, validates each with the library's
 * `scenarioSchema` and applies it to the built dataset (so every id it names exists).
 */
export function buildScenarios(dataset: BuiltDataset['dataset']): BuiltScenarios {
  const network = parseNetwork(dataset);
  const cited = new Set<string>();
  const scenarios = SCENARIOS.map((input) => {
    const { sources, ...rest } = input;
    const scenario = scenarioSchema.parse({ ...rest, sources: resolveSources(sources, `scenario "${input.id}"`, cited) });
    applyScenario(network, scenario);
    return scenario;
  });
  const document = {
    description:
      'Named scenarios for the Trans-Caspian corridor dataset (data/corridor.geo.json), in the format of transcaspian’s scenarioSchema; apply them with applyScenario or compare them with compareScenarios. Every scenario lists its sources.',
    updated: DATASET_UPDATED,
    scenarios,
  };
  return { scenarios, text: `${JSON.stringify(document, null, 2)}\n` };
}

// ---------------------------------------------------------------------------------------- CLI

function formatTable(rows: readonly LinkSummary[]): string {
  const header = ['id', 'from → to', 'mode', 'lengthKm', 'basis', 'great-circle km', 'ratio'];
  const body = rows.map((r) => [
    r.id,
    `${r.from} → ${r.to}`,
    r.mode,
    String(r.lengthKm),
    r.lengthBasis,
    r.greatCircleKm.toFixed(1),
    (r.lengthKm / r.greatCircleKm).toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const fmt = (row: readonly string[]): string => row.map((cell, i) => (i >= 3 ? cell.padStart(widths[i] as number) : cell.padEnd(widths[i] as number))).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

/** The `--table` table of the links with a geometry: lengths, ratio, and countries crossed vs declared. */
function formatGeometryTable(rows: readonly LinkSummary[]): string {
  const header = ['id', 'lengthKm', 'geometryKm', 'ratio', `countries (≥ ${UNDECLARED_COUNTRY_MAX_KM} km)`, 'declared', 'kmByCountry'];
  const body = rows
    .filter((r) => r.geometryLengthKm !== undefined)
    .map((r) => {
      const stretches = r.kmByCountry ?? [];
      return [
        r.id,
        String(r.lengthKm),
        (r.geometryLengthKm as number).toFixed(1),
        ((r.geometryLengthKm as number) / r.lengthKm).toFixed(2),
        countriesAlong(stretches, UNDECLARED_COUNTRY_MAX_KM).join('-'),
        r.transitCountries.join('-'),
        stretches.map((s) => `${s.country} ${s.km.toFixed(1)}`).join(' · '),
      ];
    });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] as string).length)));
  const fmt = (row: readonly string[]): string =>
    row.map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i] as number) : i === row.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...body.map(fmt)].join('\n');
}

function main(args: readonly string[]): number {
  if (!haveSharedDir() && args.includes('--check')) {
    console.log(
      `build-data --check: skipped, because the folder of public source data (GEM pipeline routes, MARNET sea lanes) is not at ${sharedDir()}. ` +
        'The committed data/corridor.geo.json cannot be compared with a rebuild here; CI, which has the folder, compares them. Set TRANSCASPIAN_SHARED_DIR to check locally.',
    );
    return 0;
  }
  if (!haveSharedDir()) {
    console.error(
      `build-data: the folder of public source data was not found at ${sharedDir()}.\n` +
        'It holds the GEM pipeline routes and the MARNET sea lanes the dataset is built from (the "shared" folder beside the checkout in this project\'s workspace).\n' +
        'Set TRANSCASPIAN_SHARED_DIR to its location. The bundled data/corridor.geo.json needs no rebuild to be used.',
    );
    return 2;
  }
  const built = buildDataset();
  const nodeCount = NODES.length;
  const linkCount = LINKS.length;
  if (args.includes('--table')) console.log(`${formatTable(built.links)}\n\n${formatGeometryTable(built.links)}\n`);
  const relative = path.relative(process.cwd(), DATASET_PATH) || DATASET_PATH;
  const scenarios = buildScenarios(built.dataset);
  const scenariosRelative = path.relative(process.cwd(), SCENARIOS_PATH) || SCENARIOS_PATH;
  if (args.includes('--check')) {
    let ok = true;
    for (const [file, shown, text] of [
      [DATASET_PATH, relative, built.text],
      [SCENARIOS_PATH, scenariosRelative, scenarios.text],
    ] as const) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (current !== text) {
        console.error(`${shown} is ${current === null ? 'missing' : 'out of date'}: run "npm run build:data" and commit the result.`);
        ok = false;
      }
    }
    if (!ok) return 1;
    console.log(`${relative} (${nodeCount} nodes, ${linkCount} links) and ${scenariosRelative} (${scenarios.scenarios.length} scenarios) are up to date.`);
    return 0;
  }
  writeFileSync(DATASET_PATH, built.text);
  writeFileSync(SCENARIOS_PATH, scenarios.text);
  console.log(`wrote ${scenariosRelative}: ${scenarios.scenarios.length} scenarios.`);
  console.log(`wrote ${relative}: ${nodeCount} nodes, ${linkCount} links, ${(built.dataset.metadata['sources'] as unknown[]).length} sources cited.`);
  return 0;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && path.resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
