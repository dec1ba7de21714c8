import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import { InvalidArgumentError } from '../errors.js';
import { countryShapes } from '../geo/borders.js';
import { assertUnmodified, type Network, type NetworkLink } from '../graph/network.js';
import { networkOfResult } from '../display/result-origin.js';
import { capacityText } from '../internal/capacity-text.js';
import { readResult } from '../internal/malformed-result.js';
import type { CapacityDependency } from '../results/capacity-dependency.js';
import type { CriticalElementsResult } from '../results/critical-elements.js';
import type { FindRoutesResult } from '../results/find-routes.js';
import type { AnalysisResult, ResultListItem } from '../results/index.js';
import type { MaxFlowResult } from '../results/max-flow.js';
import type { Route } from '../results/route.js';
import type { ScenarioComparisonRow } from '../results/scenario-comparison.js';
import type { TransitDependencyResult } from '../results/transit-dependency.js';

/** What {@link toGeoJSON} accepts: a network, a result, or a list of routes or of scenario rows (told apart by `kind`). */
export type GeoJSONSource = Network | AnalysisResult | readonly ResultListItem[];

/** Properties of every feature {@link toGeoJSON} writes: `featureType` says what the feature is. */
export type MapProperties = { featureType: string } & Record<string, unknown>;

const FN = 'toGeoJSON';

/**
 * A GeoJSON FeatureCollection (RFC 7946: WGS84, `[longitude, latitude]`) of a network or a result, with
 * flat properties for styling on a map. `featureType` tells features apart:
 *
 * - a network: `node` (Point: `id`, `name`, `kind`, `country`, `capacity` as text) and `link`
 *   (LineString: `id`, `name`, `mode`, `status`, `direction`, `lengthKm`, `commodities`,
 *   `transitCountries`, `capacity`, `geometryKnown` — a link without geometry is drawn as the straight
 *   line between its nodes and has `geometryKnown: false`);
 * - routes (`findRoutes` or `paretoRoutes` result, or a route list): `route` (LineString in travel
 *   order: `rank`, `lengthKm`, `movingHours`, `dwellHours`, `transitTimeHours`, `transfers`,
 *   `transferNodeIds`, `borderCrossings`, `cost`, `weight`, `legs`, `transitCountries`, `linkIds`,
 *   `modes`, and `criteria` for Pareto routes) and the `origin` and `destination` Points;
 * - a `transitDependency` result: the best `route`, a `detour` per transit country that can be
 *   avoided (`avoidedCountry`, `extraLengthKm`), `must-pass-node` and `must-pass-link` features
 *   (`mustPass: true`), and a `transit-country` polygon per country (`country`, `mustPass`,
 *   `extraLengthKm`, `shareLost` when capacities were computed) from the bundled Natural Earth borders;
 * - a `maxFlow` result: `flow` LineStrings (`flow`, `flowUnbounded`, `unit`, travel direction) with
 *   `minCut` flags, and `min-cut-node` Points;
 * - a `capacityDependency` result: `transit-country` polygons with `withoutCountry`,
 *   `withoutCountryUnbounded`, `shareLost`, `unit`;
 * - a `criticalElements` result: `critical-link`, `critical-node` and `critical-country` features with
 *   `capacityLost`, `capacityLostUnbounded`, `extraKm`, `disconnects` and `rank` (1 = most critical);
 * - `compareScenarios` rows: a `scenario-route` LineString per row with a route (`scenarioId`,
 *   `queryId`, `bestRouteKm`, `deltaBestRouteKm`, `capacity`, `capacityUnbounded`, `deltaCapacity`,
 *   `unit`, `mustPassCountries`).
 *
 * Unbounded figures are said so explicitly, never written as numbers (JSON has no `Infinity`:
 * `JSON.stringify` would turn it into `null`, which reads as "unknown"): a flow or capacity over a path
 * of unlimited elements has `flowUnbounded` (or `capacityUnbounded`, `withoutCountryUnbounded`,
 * `capacityLostUnbounded`) `true` and no `flow` (`capacity`, …) figure; these flags are `false` when
 * the figure is finite. A `deltaCapacity` is left out when either side of it is unbounded.
 *
 * @param source - a network, or a result of this library's functions.
 * @param network - the network the result was computed on; only needed for results built elsewhere
 *   (results of this library remember their network, and a result is refused with another network).
 * @returns a new FeatureCollection; coordinates are copies.
 * @throws {InvalidArgumentError} when `source` is not one of the accepted kinds, its network is
 *   unknown and not given, `network` (or, in a list, another item's network) is not the network the
 *   result was computed on, or it is malformed (built by hand or changed after it was returned).
 * @example
 * ```ts
 * const fc = toGeoJSON(findRoutes(network, 'tengiz', 'trieste', { k: 3, commodity: 'crude-oil' }));
 * JSON.stringify(fc); // open in geojson.io or QGIS
 * ```
 */
export function toGeoJSON(source: GeoJSONSource, network?: Network): FeatureCollection<Geometry, MapProperties> {
  if (typeof source !== 'object' || source === null) {
    throw new InvalidArgumentError(FN, 'source', 'expected a network, a list of routes, compareScenarios rows, or a result of findRoutes, transitDependency, maxFlow, capacityDependency or criticalElements');
  }
  if ((source as { kind?: unknown }).kind === 'network') {
    const net = source as Network;
    assertUnmodified(net, FN);
    return collection(networkFeatures(net));
  }
  if (network !== undefined) assertUnmodified(network, FN);
  const first: unknown = Array.isArray(source) ? source[0] : undefined;
  const own = networkOfResult(source as object) ?? (typeof first === 'object' && first !== null ? networkOfResult(first) : undefined);
  if (network !== undefined && own !== undefined && own !== network) {
    // Ids may coincide across networks, positions and geometries need not: never mix them.
    throw new InvalidArgumentError(FN, 'network', 'the result was computed on another network; pass the network it was computed on, or leave the argument out');
  }
  const net = network ?? own;
  if (net === undefined) {
    throw new InvalidArgumentError(FN, 'network', 'the result was not computed by this library in this session; pass the network as the second argument');
  }
  if (Array.isArray(source)) {
    // Routes are drawn with their network's positions: one network for all. (Scenario rows are each
    // computed on a scenario's network and drawn on the base network: not checked here.)
    for (let i = 0; i < source.length; i++) {
      const item: unknown = source[i];
      const isRoute = typeof item === 'object' && item !== null && (item as { kind?: unknown }).kind === 'route';
      const itemNetwork = isRoute ? networkOfResult(item) : undefined;
      if (itemNetwork !== undefined && itemNetwork !== net) {
        throw new InvalidArgumentError(FN, 'source', `item ${i} was computed on another network than the others (or than the network given); never mix them`);
      }
    }
  }
  return readResult(FN, 'source', () => featuresOf(source, net));
}

function featuresOf(source: GeoJSONSource, net: Network): FeatureCollection<Geometry, MapProperties> {
  const first: unknown = Array.isArray(source) ? source[0] : undefined;
  const geo = new MapGeometry(net);
  if (Array.isArray(source)) {
    if (source.length === 0) return collection([]);
    const kind = (first as { kind?: unknown } | null)?.kind;
    if (!source.every((x) => typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === kind)) {
      throw new InvalidArgumentError(FN, 'source', 'expected a list of routes or of scenario comparison rows (all of one kind)');
    }
    if (kind === 'scenario-comparison-row') return collection(scenarioFeatures(geo, source as readonly ScenarioComparisonRow[]));
    if (kind === 'route') return collection(routeFeatures(geo, source as readonly Route[]));
    throw new InvalidArgumentError(FN, 'source', 'expected a list of routes or of scenario comparison rows');
  }
  const result = source as AnalysisResult;
  switch (result.kind) {
    case 'routes':
    case 'pareto-routes':
      return collection(routeFeatures(geo, (result as FindRoutesResult).routes));
    case 'transit-dependency':
      return collection(dependencyFeatures(geo, result as TransitDependencyResult));
    case 'max-flow':
      return collection(flowFeatures(geo, result as MaxFlowResult));
    case 'critical-elements':
      return collection(criticalFeatures(geo, result as CriticalElementsResult));
    case 'capacity-dependency':
      return collection(capacityFeatures(result as CapacityDependency));
    default:
      throw new InvalidArgumentError(FN, 'source', 'expected a network or a result of findRoutes, transitDependency, maxFlow, capacityDependency, criticalElements or compareScenarios');
  }
}

function collection(features: Feature<Geometry, MapProperties>[]): FeatureCollection<Geometry, MapProperties> {
  return { type: 'FeatureCollection', features };
}

/** Node positions and link lines of a network, oriented as travelled (internal). */
class MapGeometry {
  constructor(readonly network: Network) {}

  point(id: string): Point {
    const node = this.network.nodes.get(id);
    if (node === undefined) throw new InvalidArgumentError(FN, 'source', `node "${id}" is not in the result's network`);
    return { type: 'Point', coordinates: [node.lonLat[0], node.lonLat[1]] };
  }

  link(id: string): NetworkLink {
    const link = this.network.links.get(id);
    if (link === undefined) throw new InvalidArgumentError(FN, 'source', `link "${id}" is not in the result's network`);
    return link;
  }

  /** The link's line from `from` towards its other end (reversed when `from` is the link's `to`). */
  linkLine(id: string, from?: string): Position[] {
    const link = this.link(id);
    const line = linkCoordinates(this.network, link);
    return from !== undefined && from === link.to && from !== link.from ? line.reverse() : line;
  }

  /** A path given by its node and link ids as one line in travel order. */
  pathLine(nodeIds: readonly string[], linkIds: readonly string[]): LineString {
    const coordinates: Position[] = [];
    linkIds.forEach((id, i) => {
      const part = this.linkLine(id, nodeIds[i]);
      // One by one: spreading a long geometry into push() overflows the call stack.
      for (let p = coordinates.length > 0 ? 1 : 0; p < part.length; p++) coordinates.push(part[p]!);
    });
    return { type: 'LineString', coordinates };
  }
}

/** A link's coordinates: its geometry, or the straight line between its nodes (copies). */
export function linkCoordinates(network: Network, link: NetworkLink): Position[] {
  if (link.geometry !== null) return link.geometry.coordinates.map((c) => [c[0]!, c[1]!]);
  const from = network.nodes.get(link.from)!;
  const to = network.nodes.get(link.to)!;
  return [
    [from.lonLat[0], from.lonLat[1]],
    [to.lonLat[0], to.lonLat[1]],
  ];
}

function networkFeatures(network: Network): Feature<Geometry, MapProperties>[] {
  const features: Feature<Geometry, MapProperties>[] = [];
  for (const node of network.nodes.values()) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [node.lonLat[0], node.lonLat[1]] },
      properties: { featureType: 'node', id: node.id, name: node.name, kind: node.kind, country: node.country, capacity: capacityText(node.capacity) },
    });
  }
  for (const link of network.links.values()) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: linkCoordinates(network, link) },
      properties: {
        featureType: 'link',
        id: link.id,
        name: link.name,
        mode: link.mode,
        status: link.status,
        direction: link.direction,
        lengthKm: link.lengthKm,
        commodities: [...link.commodities],
        transitCountries: [...link.transitCountries],
        capacity: capacityText(link.capacity),
        geometryKnown: link.geometry !== null,
      },
    });
  }
  return features;
}

function routeFeature(geo: MapGeometry, route: Route, featureType = 'route', extra: Record<string, unknown> = {}): Feature<Geometry, MapProperties> {
  return {
    type: 'Feature',
    geometry: geo.pathLine(route.nodeIds, route.linkIds),
    properties: {
      featureType,
      rank: route.rank,
      lengthKm: route.lengthKm,
      movingHours: route.movingHours,
      dwellHours: route.dwellHours,
      transitTimeHours: route.transitTimeHours,
      transfers: route.transfers,
      transferNodeIds: route.stops.filter((s) => s.modeChange || s.gaugeChange).map((s) => s.nodeId),
      borderCrossings: route.borderCrossings,
      cost: route.cost,
      weight: route.weight,
      legs: route.legs.length,
      transitCountries: [...route.transitCountries],
      linkIds: [...route.linkIds],
      modes: [...route.modes],
      ...('criteria' in route ? { criteria: { ...(route as { criteria: Record<string, number> }).criteria } } : {}),
      ...extra,
    },
  };
}

function routeFeatures(geo: MapGeometry, routes: readonly Route[]): Feature<Geometry, MapProperties>[] {
  const features = routes.map((r) => routeFeature(geo, r));
  const first = routes[0];
  if (first !== undefined) {
    for (const [featureType, id] of [['origin', first.origin], ['destination', first.destination]] as const) {
      features.push({ type: 'Feature', geometry: geo.point(id), properties: { featureType, id, name: geo.network.nodes.get(id)!.name } });
    }
  }
  return features;
}

function countryPolygon(code: string): Geometry | null {
  return (countryShapes('corridor').find((s) => s.code === code) ?? countryShapes('world').find((s) => s.code === code))?.geometry ?? null;
}

function dependencyFeatures(geo: MapGeometry, dep: TransitDependencyResult): Feature<Geometry, MapProperties>[] {
  const features: Feature<Geometry, MapProperties>[] = [];
  if (dep.bestRoute !== null) for (const feature of routeFeatures(geo, [dep.bestRoute])) features.push(feature);
  for (const row of dep.countries) {
    if (row.bestRouteWithout !== null) {
      features.push(routeFeature(geo, row.bestRouteWithout, 'detour', { avoidedCountry: row.country, extraLengthKm: row.extraLengthKm }));
    }
    const polygon = countryPolygon(row.country);
    if (polygon !== null) {
      features.push({
        type: 'Feature',
        geometry: polygon,
        properties: {
          featureType: 'transit-country',
          country: row.country,
          countryName: row.countryName,
          mustPass: row.mustPass,
          onBestRoute: row.onBestRoute,
          extraLengthKm: row.extraLengthKm,
          shareLost: dep.capacity?.shareLost[row.country] ?? null,
        },
      });
    }
  }
  for (const id of dep.mustPassNodes) {
    features.push({ type: 'Feature', geometry: geo.point(id), properties: { featureType: 'must-pass-node', id, mustPass: true } });
  }
  for (const id of dep.mustPassLinks) {
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: geo.linkLine(id) }, properties: { featureType: 'must-pass-link', id, mustPass: true } });
  }
  return features;
}

function flowFeatures(geo: MapGeometry, flow: MaxFlowResult): Feature<Geometry, MapProperties>[] {
  const cut = new Set(flow.minCut.linkIds);
  const features: Feature<Geometry, MapProperties>[] = Object.entries(flow.flowByLink).map(([id, value]) => {
    const link = geo.link(id);
    return {
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: geo.linkLine(id, value < 0 ? link.to : link.from) },
      properties: { featureType: 'flow', id, ...figure('flow', Math.abs(value)), unit: flow.unit, from: value < 0 ? link.to : link.from, to: value < 0 ? link.from : link.to, minCut: cut.has(id) },
    };
  });
  for (const id of flow.minCut.linkIds) {
    if (!(id in flow.flowByLink)) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: geo.linkLine(id) }, properties: { featureType: 'flow', id, flow: 0, flowUnbounded: false, unit: flow.unit, minCut: true } });
  }
  for (const id of flow.minCut.nodeIds) features.push({ type: 'Feature', geometry: geo.point(id), properties: { featureType: 'min-cut-node', id, minCut: true } });
  return features;
}

function capacityFeatures(dep: CapacityDependency): Feature<Geometry, MapProperties>[] {
  return dep.rows.flatMap((row) => {
    const polygon = countryPolygon(row.country);
    return polygon === null
      ? []
      : [{ type: 'Feature' as const, geometry: polygon, properties: { featureType: 'transit-country', country: row.country, countryName: row.countryName, ...figure('withoutCountry', row.withoutCountry), shareLost: row.shareLost, unit: dep.unit, complete: row.complete } }];
  });
}

function criticalFeatures(geo: MapGeometry, result: CriticalElementsResult): Feature<Geometry, MapProperties>[] {
  return result.rows.flatMap((row, i) => {
    const properties = { featureType: `critical-${row.element}`, id: row.id, rank: i + 1, ...figure('capacityLost', row.capacityLost), unit: result.unit, extraKm: row.extraKm, disconnects: row.disconnects };
    const geometry: Geometry | null =
      row.element === 'link' ? { type: 'LineString', coordinates: geo.linkLine(row.id) } : row.element === 'node' ? geo.point(row.id) : countryPolygon(row.id);
    return geometry === null ? [] : [{ type: 'Feature' as const, geometry, properties }];
  });
}

function scenarioFeatures(geo: MapGeometry, rows: readonly ScenarioComparisonRow[]): Feature<Geometry, MapProperties>[] {
  return rows.flatMap((row) => {
    if (row.bestRouteLinkIds === null || row.bestRouteNodeIds === null) return [];
    const rowGeo = new MapGeometry(networkOfResult(row) ?? geo.network);
    return [
      {
        type: 'Feature' as const,
        geometry: rowGeo.pathLine(row.bestRouteNodeIds, row.bestRouteLinkIds),
        properties: {
          featureType: 'scenario-route',
          scenarioId: row.scenarioId,
          queryId: row.queryId,
          bestRouteKm: row.bestRouteKm,
          deltaBestRouteKm: row.deltaBestRouteKm,
          ...figure('capacity', row.capacity),
          ...(Number.isFinite(row.deltaCapacity) ? { deltaCapacity: row.deltaCapacity } : {}),
          unit: row.unit,
          mustPassCountries: [...row.mustPassCountries],
        },
      },
    ];
  });
}

/**
 * A figure as GeoJSON properties: `{ [name]: value, [name + 'Unbounded']: false }` when finite,
 * `{ [name + 'Unbounded']: true }` when infinite (JSON would write `Infinity` as `null`).
 */
function figure(name: string, value: number): Record<string, number | boolean> {
  return Number.isFinite(value) ? { [name]: value, [`${name}Unbounded`]: false } : { [`${name}Unbounded`]: true };
}
