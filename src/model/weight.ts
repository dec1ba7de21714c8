import type { TravelDirection } from './direction.js';
import type { LinkRecord } from './link.js';

/**
 * What a route can minimise, in one place (adding a weight means adding a row here):
 *
 * - `unit`: the unit of the weight's totals (`km`, `h`, `USD/t`);
 * - `ofLink`: a link's own contribution (its attribute), `undefined` when the link has none — links
 *   without it are left out of searches with this weight and listed in `linksWithoutWeight`;
 * - `dwell`: what the nodes a route passes add (see `DwellEntry`): `hours` (dwell time at transfers
 *   and passages), `costUsdPerTonne` (handling costs), or `null` (nothing: the weight is a property of
 *   the links alone);
 * - `description`: for messages and documentation.
 *
 * The weights: `lengthKm` (kilometres; the default); `transitTimeHours` (moving time plus dwell at the
 * nodes, hours: the door-to-door time of the route's legs); `movingHours` (moving time only, hours);
 * `tariffUsdPerTonne` (link tariffs plus published handling costs per tonne at the nodes, US dollars
 * per tonne, nominal; years may differ, see the links).
 */
export const WEIGHT_TABLE = {
  lengthKm: { unit: 'km', ofLink: (link: LinkRecord) => link.lengthKm, dwell: null, description: 'length in kilometres' },
  transitTimeHours: {
    unit: 'h',
    ofLink: (link: LinkRecord) => link.transitTimeHours,
    dwell: 'hours',
    description: 'transit time in hours: moving time on the links plus dwell at the nodes',
  },
  movingHours: { unit: 'h', ofLink: (link: LinkRecord) => link.transitTimeHours, dwell: null, description: 'moving time in hours, without dwell at the nodes' },
  tariffUsdPerTonne: {
    unit: 'USD/t',
    ofLink: (link: LinkRecord) => link.tariffUsdPerTonne,
    dwell: 'costUsdPerTonne',
    description: 'tariff in US dollars per tonne: link tariffs plus published handling costs at the nodes',
  },
} as const satisfies Record<
  string,
  { readonly unit: string; readonly ofLink: (link: LinkRecord) => number | undefined; readonly dwell: 'hours' | 'costUsdPerTonne' | null; readonly description: string }
>;

/** A named weight: a key of {@link WEIGHT_TABLE}. */
export type WeightName = keyof typeof WEIGHT_TABLE;

/** The named weights, in the order of {@link WEIGHT_TABLE}. */
export const WEIGHT_NAMES = Object.freeze(Object.keys(WEIGHT_TABLE)) as readonly WeightName[];

/** True when `value` names a weight of {@link WEIGHT_TABLE}. */
export function isWeightName(value: unknown): value is WeightName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(WEIGHT_TABLE, value);
}

/**
 * A link weight function: returns the cost of travelling `link` in `direction`, a number from 0 to
 * 10¹⁵ in whatever unit the caller chooses, or `null` to leave that link direction out of the search.
 * It is called once per link direction for every query (never cached), so it may depend on state.
 * Nothing is added at the nodes.
 */
export type LinkWeightFunction = (link: LinkRecord, direction: TravelDirection) => number | null;

/**
 * What routes minimise: a named weight of {@link WEIGHT_TABLE} (`lengthKm`, the default;
 * `transitTimeHours`; `movingHours`; `tariffUsdPerTonne`) or a {@link LinkWeightFunction}. With a
 * named weight, links that lack it are left out of the search and listed in `linksWithoutWeight`.
 */
export type RouteWeight = WeightName | LinkWeightFunction;
