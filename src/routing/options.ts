import { InvalidOptionError, UnknownLinkError, UnknownNodeError } from '../errors.js';
import type { Network, NetworkLink } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { COMMODITIES, type Commodity } from '../model/commodity.js';
import { type CountryCode, isCountryCode } from '../model/country-code.js';
import type { TravelDirection } from '../model/direction.js';
import { LINK_STATUSES, type LinkStatus } from '../model/link-status.js';
import { MODES, type Mode } from '../model/mode.js';

/**
 * Constraints on which nodes and links a route may use. Shared by `findRoutes`,
 * `transitDependency` and the other analyses. Every list is of ids or codes, never indices.
 *
 * - `commodity`: only links whose `commodities` include it. Without it, links of any commodity are
 *   chained freely (a route's `commodities` then lists what every leg carries, possibly nothing).
 * - `modes`: only links of these modes (default: all modes).
 * - `avoidCountries`: ISO 3166-1 alpha-2 codes; removes every node located in them and every link
 *   whose `transitCountries` contain them (BTC is removed by avoiding `GE` although no Georgian node is
 *   on it).
 * - `avoidNodes`: node ids to remove (with every link touching them).
 * - `closedLinks`: link ids to remove (both directions). Removing one of two parallel links removes
 *   exactly that one.
 * - `statuses`: link statuses admitted (default `['operational']`; add `'planned'` etc. for scenarios).
 *
 * Removed elements are taken out of the search, never weighted to infinity.
 */
export interface RouteConstraints {
  readonly commodity?: Commodity;
  readonly modes?: readonly Mode[];
  readonly avoidCountries?: readonly CountryCode[];
  readonly avoidNodes?: readonly string[];
  readonly closedLinks?: readonly string[];
  readonly statuses?: readonly LinkStatus[];
}

/**
 * A link weight function: returns the cost of travelling `link` in `direction`, a number from 0 to
 * 10¹⁵ in whatever unit the caller chooses, or `null` to leave that link direction out of the search.
 * It is called once per link direction for every query (never cached), so it may depend on state.
 */
export type LinkWeightFunction = (link: NetworkLink, direction: TravelDirection) => number | null;

/**
 * What routes minimise: `lengthKm` (kilometres, the default), `transitTimeHours` (hours),
 * `tariffUsdPerTonne` (US dollars per tonne), or a {@link LinkWeightFunction}. With a named attribute,
 * links that lack it are left out of the search and listed in the result's `linksWithoutWeight`.
 */
export type RouteWeight = 'lengthKm' | 'transitTimeHours' | 'tariffUsdPerTonne' | LinkWeightFunction;

/** The constraint keys, used to reject misspelt options. */
export const CONSTRAINT_KEYS = ['commodity', 'modes', 'avoidCountries', 'avoidNodes', 'closedLinks', 'statuses'] as const;

/** Constraints checked against the network and normalised (sorted, deduplicated, defaults applied). */
export interface ResolvedConstraints {
  readonly commodity: Commodity | null;
  readonly modes: readonly Mode[] | null;
  readonly avoidCountries: readonly CountryCode[];
  readonly avoidNodes: readonly string[];
  readonly closedLinks: readonly string[];
  readonly statuses: readonly LinkStatus[];
  /** A canonical string of the above, for caching. */
  readonly key: string;
}

/** The default admitted link statuses. */
export const DEFAULT_STATUSES: readonly LinkStatus[] = Object.freeze(['operational']);

/**
 * Checks and normalises `options` (an object that may hold other keys listed in `allowedKeys`), and
 * adds the network's standing scenario constraints (`network.scenario`): its closures and avoided
 * countries are added, and its `statuses` apply when the options give none.
 *
 * @throws {InvalidOptionError} for a misspelt key, a wrong type or an unknown mode, status, commodity
 *   or country code.
 * @throws {UnknownNodeError} for an `avoidNodes` id not in the network.
 * @throws {UnknownLinkError} for a `closedLinks` id not in the network.
 */
export function resolveConstraints(
  network: Network,
  options: object | undefined,
  fn: string,
  allowedKeys: readonly string[],
): ResolvedConstraints {
  const standing = network.scenario;
  if (options === undefined) {
    return makeResolved(
      null,
      null,
      standing?.avoidCountries ?? [],
      standing?.closedNodes ?? [],
      standing?.closedLinks ?? [],
      standing?.statuses ?? DEFAULT_STATUSES,
    );
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidOptionError(fn, 'options', options, 'expected an object (or nothing)');
  }
  // Own properties only: an inherited (or prototype-polluted) key is not an option.
  const record: Record<string, unknown> = Object.fromEntries(Object.keys(options).map((k) => [k, (options as Record<string, unknown>)[k]]));
  const allowed = new Set<string>([...CONSTRAINT_KEYS, ...allowedKeys]);
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) {
      const near = closestIds(key, allowed, 3);
      throw new InvalidOptionError(
        fn,
        key,
        record[key],
        `unknown option${near.length > 0 ? `; did you mean ${near.map((k) => `"${k}"`).join(', ')}?` : ''} (allowed: ${[...allowed].join(', ')})`,
      );
    }
  }

  const commodity = record['commodity'];
  if (commodity !== undefined && !(COMMODITIES as readonly unknown[]).includes(commodity)) {
    throw new InvalidOptionError(fn, 'commodity', commodity, `expected one of ${COMMODITIES.join(', ')}`);
  }
  const modes = optionalList(record['modes'], fn, 'modes', (v): v is Mode => (MODES as readonly unknown[]).includes(v), `modes (${MODES.join(', ')})`);
  if (modes !== null && modes.length === 0) throw new InvalidOptionError(fn, 'modes', modes, 'must list at least one mode (omit it to allow all)');
  const statuses = optionalList(
    record['statuses'],
    fn,
    'statuses',
    (v): v is LinkStatus => (LINK_STATUSES as readonly unknown[]).includes(v),
    `link statuses (${LINK_STATUSES.join(', ')})`,
  );
  if (statuses !== null && statuses.length === 0) {
    throw new InvalidOptionError(fn, 'statuses', statuses, 'must list at least one status (omit it for the default ["operational"])');
  }
  const avoidCountries = optionalList(record['avoidCountries'], fn, 'avoidCountries', isCountryCode, 'ISO 3166-1 alpha-2 country codes such as "RU"') ?? [];
  const avoidNodes = optionalList(record['avoidNodes'], fn, 'avoidNodes', (v): v is string => typeof v === 'string', 'node ids') ?? [];
  for (const id of avoidNodes) {
    if (!network.nodes.has(id)) throw new UnknownNodeError(fn, 'avoidNodes', id, closestIds(id, network.nodes.keys()));
  }
  const closedLinks = optionalList(record['closedLinks'], fn, 'closedLinks', (v): v is string => typeof v === 'string', 'link ids') ?? [];
  for (const id of closedLinks) {
    if (!network.links.has(id)) throw new UnknownLinkError(fn, 'closedLinks', id, closestIds(id, network.links.keys()));
  }
  return makeResolved(
    (commodity as Commodity | undefined) ?? null,
    modes,
    [...avoidCountries, ...(standing?.avoidCountries ?? [])],
    [...avoidNodes, ...(standing?.closedNodes ?? [])],
    [...closedLinks, ...(standing?.closedLinks ?? [])],
    statuses ?? standing?.statuses ?? DEFAULT_STATUSES,
  );
}

function makeResolved(
  commodity: Commodity | null,
  modes: readonly Mode[] | null,
  avoidCountries: readonly CountryCode[],
  avoidNodes: readonly string[],
  closedLinks: readonly string[],
  statuses: readonly LinkStatus[],
): ResolvedConstraints {
  const norm = <T extends string>(list: readonly T[]): readonly T[] => Object.freeze([...new Set(list)].sort());
  const resolved = {
    commodity,
    modes: modes === null ? null : norm(modes),
    avoidCountries: norm(avoidCountries),
    avoidNodes: norm(avoidNodes),
    closedLinks: norm(closedLinks),
    statuses: norm(statuses),
  };
  return Object.freeze({ ...resolved, key: JSON.stringify(resolved) });
}

/** Returns the constraints with extra countries, nodes or links removed (used by the analyses). */
export function withRemoved(
  base: ResolvedConstraints,
  extra: { avoidCountries?: readonly CountryCode[]; avoidNodes?: readonly string[]; closedLinks?: readonly string[] },
): ResolvedConstraints {
  return makeResolved(
    base.commodity,
    base.modes,
    [...base.avoidCountries, ...(extra.avoidCountries ?? [])],
    [...base.avoidNodes, ...(extra.avoidNodes ?? [])],
    [...base.closedLinks, ...(extra.closedLinks ?? [])],
    base.statuses,
  );
}

function optionalList<T>(
  value: unknown,
  fn: string,
  option: string,
  isItem: (v: unknown) => v is T,
  what: string,
): T[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) throw new InvalidOptionError(fn, option, value, `expected an array of ${what}`);
  for (const item of value) {
    if (!isItem(item)) throw new InvalidOptionError(fn, option, item, `is not one of the ${what}`);
  }
  return [...value];
}

/**
 * An option's own value (inherited properties are ignored, so a polluted prototype cannot set
 * options); `undefined` when absent. `null` is returned as given, for the option's check to reject.
 */
export function ownOption<T extends object, K extends keyof T & string>(options: T, key: K): T[K] | undefined {
  return Object.prototype.hasOwnProperty.call(options, key) ? options[key] : undefined;
}
