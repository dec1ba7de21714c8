import type { Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';
import type { TravelDirection } from '../model/direction.js';
import type { DwellTrigger } from '../model/dwell.js';
import type { KmInArea } from '../model/km-by-country.js';
import type { LinkStatus } from '../model/link-status.js';
import type { Mode } from '../model/mode.js';

/**
 * One leg of a route: one link travelled in one direction.
 *
 * - `linkId`, `linkName`, `mode`, `status` of the link;
 * - `from`, `to`: node ids in the order travelled; `direction`: `forward` when travelled from the
 *   link's `from` node to its `to` node, `reverse` otherwise (only on `both` links);
 * - `lengthKm` (km), `transitTimeHours` (the link's moving time in hours, `null` when it has none),
 *   `tariffUsdPerTonne` (USD/t, `null` when none), `gaugeMm` (rail track gauge in mm, `null` when
 *   not given);
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
  readonly gaugeMm: number | null;
  readonly countries: readonly CountryCode[];
}

/**
 * A node between two legs of a route where something happens: a change of mode (rail to ship at a
 * port) or of rail gauge (1,435 to 1,520 mm at a border), or dwell the node's data charges on every
 * passage (border formalities).
 *
 * - `nodeId`; `fromMode`/`toMode`: the modes of the legs before and after; `modeChange`,
 *   `gaugeChange` (`fromGaugeMm`/`toGaugeMm`, `null` when a leg has no gauge);
 * - `dwellHours`: the hours charged here; `dwell`: each charge, with the node's dwell entry's
 *   `trigger` and `activity`, or `assumed: true` when the node has no data for this change and the
 *   default was charged (see `findRoutes`' `defaultDwellHours`).
 */
export interface RouteStop {
  readonly nodeId: string;
  readonly fromMode: Mode;
  readonly toMode: Mode;
  readonly modeChange: boolean;
  readonly gaugeChange: boolean;
  readonly fromGaugeMm: number | null;
  readonly toGaugeMm: number | null;
  readonly dwellHours: number;
  readonly dwell: readonly { readonly trigger: DwellTrigger; readonly activity: string; readonly hours: number; readonly assumed: boolean }[];
}

/**
 * A loopless route from an origin to a destination.
 *
 * - `kind`: `'route'`.
 * - `rank`: 1 for the best route of a query, 2 for the next, …
 * - `origin`, `destination`: node ids; `nodeIds`: every node in order (origin first, destination last);
 *   `linkIds`: the links in order; `legs`: one {@link RouteLeg} per link.
 * - `cost`: the total of the weight that was minimised, in its unit (`weight` names it: `lengthKm` →
 *   km, `transitTimeHours` and `movingHours` → h, `tariffUsdPerTonne` → USD/t, `custom` → the
 *   caller's unit; see `WEIGHT_TABLE`).
 * - `lengthKm`: total length in km.
 * - `movingHours`: the legs' moving time in hours, `null` if any leg lacks a time; `dwellHours`: the
 *   time charged at the nodes between legs (dwell entries of the nodes, for the query's commodity; a
 *   change of mode or gauge without data is charged the default, see `stops`); `transitTimeHours`:
 *   `movingHours + dwellHours`, `null` when `movingHours` is.
 * - `stops`: the nodes between legs where the route changes mode or gauge or where dwell is charged,
 *   in order (see {@link RouteStop}); `transfers`: how many of them are a change of mode or gauge;
 *   `borderCrossings`: how many times the route passes from one country to another (along `countries`).
 * - `tariffUsdPerTonne`: the legs' tariffs plus published handling costs at the stops, USD/t, `null`
 *   if any leg lacks a tariff (tariff years may differ; see the links).
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
  readonly kind: 'route';
  readonly rank: number;
  readonly origin: string;
  readonly destination: string;
  readonly nodeIds: readonly string[];
  readonly linkIds: readonly string[];
  readonly legs: readonly RouteLeg[];
  readonly weight: string;
  readonly cost: number;
  readonly lengthKm: number;
  readonly movingHours: number | null;
  readonly dwellHours: number;
  readonly transitTimeHours: number | null;
  readonly stops: readonly RouteStop[];
  readonly transfers: number;
  readonly borderCrossings: number;
  readonly tariffUsdPerTonne: number | null;
  readonly countries: readonly CountryCode[];
  readonly transitCountries: readonly CountryCode[];
  readonly modes: readonly Mode[];
  readonly commodities: readonly Commodity[];
  readonly kmByCountry: readonly KmInArea[];
  readonly kmByCountryEstimatedLinks: readonly string[];
}
