import { countriesInTravelOrder } from '../graph/network.js';
import type { Topology } from '../graph/topology.js';
import type { LinkStatus } from '../model/link-status.js';
import type { CountryCode } from '../model/country-code.js';
import type { TravelDirection } from '../model/direction.js';
import type { Mode } from '../model/mode.js';
import type { Commodity } from '../model/commodity.js';
import type { ArcPath } from './path-search.js';
import { linkKmByCountry } from '../geo/link-km-by-country.js';
import type { KmInArea } from '../model/km-by-country.js';

/**
 * One leg of a route: one link travelled in one direction.
 *
 * - `linkId`, `linkName`, `mode`, `status` of the link;
 * - `from`, `to`: node ids in the order travelled; `direction`: `forward` when travelled from the
 *   link's `from` node to its `to` node, `reverse` otherwise (only on `both` links);
 * - `lengthKm` (km), `transitTimeHours` (h, `null` when the link has none), `tariffUsdPerTonne`
 *   (USD/t, `null` when none);
 * - `countries`: the link's `transitCountries` in the order travelled.
 */
export interface RouteLeg {
  readonly linkId: string;
  readonly linkName: string;
  readonly from: string;
  readonly to: string;
  readonly direction: TravelDirection;
  readonly mode: Mode;
  readonly status: LinkStatus;
  readonly lengthKm: number;
  readonly transitTimeHours: number | null;
  readonly tariffUsdPerTonne: number | null;
  readonly countries: readonly CountryCode[];
}

/**
 * A loopless route from an origin to a destination.
 *
 * - `rank`: 1 for the best route of a query, 2 for the next, …
 * - `origin`, `destination`: node ids; `nodeIds`: every node in order (origin first, destination last);
 *   `linkIds`: the links in order; `legs`: one {@link RouteLeg} per link.
 * - `cost`: the total of the weight that was minimised, in its unit (`weight` names it: `lengthKm` →
 *   km, `transitTimeHours` → h, `tariffUsdPerTonne` → USD/t, `custom` → the caller's unit).
 * - `lengthKm`: total length in km; `transitTimeHours`: total in hours, `null` if any leg lacks a
 *   time; `tariffUsdPerTonne`: total in USD/t, `null` if any leg lacks a tariff (tariff years may
 *   differ; see the links).
 * - `countries`: every country crossed in order, the origin's and destination's included, with
 *   consecutive repeats collapsed; `transitCountries`: the same without the origin's and the
 *   destination's countries (each listed once, in order of first crossing).
 * - `modes`: the modes used, in order of first use.
 * - `commodities`: the commodities every leg carries (in the order of the first leg's list). Without a
 *   `commodity` constraint a route may chain links that carry different goods (a crude pipeline then a
 *   container ferry); an empty list says so — ask with `commodity` to route one commodity.
 * - `kmByCountry`: kilometres in each country along the route, in order (`'sea'` for stretches outside
 *   every country's land borders), summing to `lengthKm`: each leg's length is shared out as its
 *   geometry crosses the bundled Natural Earth borders; for a leg without geometry, as the straight
 *   line between its nodes does (an estimate; `kmByCountryEstimatedLinks` lists those links).
 *   Computed on first access.
 */
export interface Route {
  readonly rank: number;
  readonly origin: string;
  readonly destination: string;
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly legs: readonly RouteLeg[];
  readonly weight: string;
  readonly cost: number;
  readonly lengthKm: number;
  readonly transitTimeHours: number | null;
  readonly tariffUsdPerTonne: number | null;
  readonly countries: readonly CountryCode[];
  readonly transitCountries: readonly CountryCode[];
  readonly modes: readonly Mode[];
  readonly commodities: readonly Commodity[];
  readonly kmByCountry: readonly KmInArea[];
  readonly kmByCountryEstimatedLinks: readonly string[];
}

/** Builds the public {@link Route} of an arc path found from `origin` (internal). */
export function assembleRoute(topology: Topology, path: ArcPath, origin: number, rank: number, weight: string): Route {
  const { arcHead, arcLink, arcReverse, links, nodeIds, nodes } = topology;
  const legs: RouteLeg[] = [];
  const nodeSequence = [nodeIds[origin]!];
  const countries: CountryCode[] = [nodes[origin]!.country];
  const modes: Mode[] = [];
  let lengthKm = 0;
  let hours: number | null = 0;
  let tariff: number | null = 0;
  let previous = origin;
  for (const a of path.arcs) {
    const link = links[arcLink[a]!]!;
    const direction: TravelDirection = arcReverse[a] === 1 ? 'reverse' : 'forward';
    const head = arcHead[a]!;
    const legCountries = countriesInTravelOrder(link, direction);
    legs.push({
      linkId: link.id,
      linkName: link.name,
      from: nodeIds[previous]!,
      to: nodeIds[head]!,
      direction,
      mode: link.mode,
      status: link.status,
      lengthKm: link.lengthKm,
      transitTimeHours: link.transitTimeHours ?? null,
      tariffUsdPerTonne: link.tariffUsdPerTonne ?? null,
      countries: legCountries,
    });
    nodeSequence.push(nodeIds[head]!);
    for (const c of [...legCountries, nodes[head]!.country]) {
      if (countries[countries.length - 1] !== c) countries.push(c);
    }
    if (!modes.includes(link.mode)) modes.push(link.mode);
    lengthKm += link.lengthKm;
    hours = hours === null || link.transitTimeHours === undefined ? null : hours + link.transitTimeHours;
    tariff = tariff === null || link.tariffUsdPerTonne === undefined ? null : tariff + link.tariffUsdPerTonne;
    previous = head;
  }
  const estimated = [...new Set(path.arcs.map((a) => links[arcLink[a]!]!).filter((l) => l.geometry === null).map((l) => l.id))];
  const ends = new Set([nodes[origin]!.country, nodes[previous]!.country]);
  const transitCountries: CountryCode[] = [];
  for (const c of countries) if (!ends.has(c) && !transitCountries.includes(c)) transitCountries.push(c);
  const route = {
    rank,
    origin: nodeIds[origin]!,
    destination: nodeIds[previous]!,
    nodeIds: nodeSequence,
    linkIds: legs.map((l) => l.linkId),
    legs,
    weight,
    cost: path.cost,
    lengthKm,
    transitTimeHours: hours,
    tariffUsdPerTonne: tariff,
    countries,
    transitCountries,
    modes,
    commodities: path.arcs.reduce<Commodity[]>(
      (common, a, i) => (i === 0 ? [...links[arcLink[a]!]!.commodities] : common.filter((c) => links[arcLink[a]!]!.commodities.includes(c))),
      [],
    ),
    kmByCountryEstimatedLinks: estimated,
  };
  let stretches: KmInArea[] | undefined;
  Object.defineProperty(route, 'kmByCountry', {
    enumerable: true,
    get(): readonly KmInArea[] {
      stretches ??= routeKmByCountry(topology, path);
      return stretches;
    },
  });
  return route as unknown as Route;
}

/** Kilometres by country along an arc path, from its links' splits (reversed for reverse legs). */
function routeKmByCountry(topology: Topology, path: ArcPath): KmInArea[] {
  const out: KmInArea[] = [];
  for (const a of path.arcs) {
    const link = topology.links[topology.arcLink[a]!]!;
    const from = topology.nodes[topology.nodeIndex.get(link.from)!]!;
    const to = topology.nodes[topology.nodeIndex.get(link.to)!]!;
    const { stretches } = linkKmByCountry(link, from, to);
    const ordered = topology.arcReverse[a] === 1 ? [...stretches].reverse() : stretches;
    for (const s of ordered) {
      const last = out[out.length - 1];
      if (last !== undefined && last.country === s.country) (last as { km: number }).km += s.km;
      else out.push({ country: s.country, km: s.km });
    }
  }
  return out;
}
