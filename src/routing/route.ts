import { type DwellDefaults, type EnginePath, routeStops } from '../engine/index.js';
import { linkKmByCountry } from '../geo/link-km-by-country.js';
import { countriesInTravelOrder, type Network } from '../graph/network.js';
import type { Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';
import type { KmInArea } from '../model/km-by-country.js';
import type { Mode } from '../model/mode.js';
import type { Route, RouteLeg, RouteStop } from '../results/route.js';

/** What {@link assembleRoute} needs to know about the query besides the path. */
export interface RouteContext {
  readonly network: Network;
  /** The name of the weight minimised (a key of `WEIGHT_TABLE`, or `custom`). */
  readonly weight: string;
  /** The query's commodity: the dwell and handling costs charged at the stops are this commodity's. */
  readonly commodity: Commodity | null;
  readonly dwellDefaults: DwellDefaults;
}

/**
 * Builds the public {@link Route} of a path the engine found (internal): legs from the link records,
 * totals (length, moving time, dwell at the stops, tariffs), countries in travel order, and the
 * kilometres by country, computed on first access. `extra` fields are added to the route (the
 * criteria of a Pareto route).
 */
export function assembleRoute(context: RouteContext, path: EnginePath, rank: number, extra: Readonly<Record<string, unknown>> = {}): Route {
  const { network } = context;
  const legs: RouteLeg[] = [];
  const origin = network.nodes.get(path.nodeIds[0]!)!;
  const countries: CountryCode[] = [origin.country];
  const modes: Mode[] = [];
  let lengthKm = 0;
  let moving: number | null = 0;
  let tariff: number | null = 0;
  let commodities: Commodity[] | null = null;
  path.legs.forEach((leg, i) => {
    const link = network.links.get(leg.linkId)!;
    const from = path.nodeIds[i]!;
    const to = path.nodeIds[i + 1]!;
    const legCountries = countriesInTravelOrder(link, leg.direction);
    legs.push({
      linkId: link.id,
      linkName: link.name,
      from,
      to,
      direction: leg.direction,
      mode: link.mode,
      status: link.status,
      lengthKm: link.lengthKm,
      transitTimeHours: link.transitTimeHours ?? null,
      tariffUsdPerTonne: link.tariffUsdPerTonne ?? null,
      gaugeMm: link.gaugeMm ?? null,
      countries: legCountries,
    });
    for (const c of [...legCountries, network.nodes.get(to)!.country]) {
      if (countries[countries.length - 1] !== c) countries.push(c);
    }
    if (!modes.includes(link.mode)) modes.push(link.mode);
    lengthKm += link.lengthKm;
    moving = moving === null || link.transitTimeHours === undefined ? null : moving + link.transitTimeHours;
    tariff = tariff === null || link.tariffUsdPerTonne === undefined ? null : tariff + link.tariffUsdPerTonne;
    commodities = commodities === null ? [...link.commodities] : commodities.filter((c) => link.commodities.includes(c));
  });
  const dwellStops = routeStops(network, path.legs, 'hours', context.commodity, context.dwellDefaults);
  const costStops = tariff === null ? [] : routeStops(network, path.legs, 'costUsdPerTonne', context.commodity, context.dwellDefaults);
  const stops: RouteStop[] = dwellStops.map((stop) => {
    const i = stop.afterLeg;
    return {
      nodeId: stop.nodeId,
      fromMode: stop.fromMode,
      toMode: stop.toMode,
      modeChange: stop.modeChange,
      gaugeChange: stop.gaugeChange,
      fromGaugeMm: legs[i]?.gaugeMm ?? null,
      toGaugeMm: legs[i + 1]?.gaugeMm ?? null,
      dwellHours: stop.total,
      dwell: stop.dwell.map((d) => ({ trigger: d.trigger, activity: d.activity, hours: d.amount, assumed: d.assumed })),
    };
  });
  const dwellHours = stops.reduce((sum, s) => sum + s.dwellHours, 0);
  if (tariff !== null) tariff += costStops.reduce((sum, s) => sum + s.total, 0);
  const destination = path.nodeIds[path.nodeIds.length - 1]!;
  const ends = new Set([origin.country, network.nodes.get(destination)!.country]);
  const transitCountries: CountryCode[] = [];
  for (const c of countries) if (!ends.has(c) && !transitCountries.includes(c)) transitCountries.push(c);
  const estimated = [...new Set(path.legs.map((leg) => network.links.get(leg.linkId)!).filter((l) => l.geometry === null).map((l) => l.id))];
  const route = {
    kind: 'route' as const,
    rank,
    origin: origin.id,
    destination,
    nodeIds: path.nodeIds,
    linkIds: legs.map((l) => l.linkId),
    legs,
    weight: context.weight,
    cost: path.cost,
    lengthKm,
    movingHours: moving,
    dwellHours,
    transitTimeHours: moving === null ? null : moving + dwellHours,
    stops,
    transfers: stops.filter((s) => s.modeChange || s.gaugeChange).length,
    borderCrossings: countries.length - 1,
    tariffUsdPerTonne: tariff,
    countries,
    transitCountries,
    modes,
    commodities: commodities ?? [],
    kmByCountryEstimatedLinks: estimated,
    ...extra,
  };
  let stretches: KmInArea[] | undefined;
  Object.defineProperty(route, 'kmByCountry', {
    enumerable: true,
    get(): readonly KmInArea[] {
      stretches ??= routeKmByCountry(network, legs);
      return stretches;
    },
  });
  return route as unknown as Route;
}

/** Kilometres by country along a route's legs, from their links' splits (reversed for reverse legs). */
function routeKmByCountry(network: Network, legs: readonly RouteLeg[]): KmInArea[] {
  const out: KmInArea[] = [];
  for (const leg of legs) {
    const link = network.links.get(leg.linkId)!;
    const { stretches } = linkKmByCountry(link, network.nodes.get(link.from)!, network.nodes.get(link.to)!);
    const ordered = leg.direction === 'reverse' ? [...stretches].reverse() : stretches;
    for (const s of ordered) {
      const last = out[out.length - 1];
      if (last !== undefined && last.country === s.country) (last as { km: number }).km += s.km;
      else out.push({ country: s.country, km: s.km });
    }
  }
  return out;
}
