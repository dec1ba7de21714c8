import { InvalidOptionError, UnknownLinkError, UnknownNodeError } from '../errors.js';
import type { Network } from '../graph/network.js';
import { closestIds } from '../internal/closest-ids.js';
import { COMMODITIES, type Commodity } from '../model/commodity.js';
import { type CountryCode, isCountryCode } from '../model/country-code.js';
import { type DwellDefaults, type EngineConstraints, MEDIAN_DWELL_DEFAULTS } from '../engine/index.js';
import { LINK_STATUSES, type LinkStatus } from '../model/link-status.js';
import { MODES, type Mode } from '../model/mode.js';

/**
 * Constraints on which nodes and links a route may use. Shared by `findRoutes`,
 * `transitDependency` and the other analyses. Every list is of ids or codes, never indices.
 *
 * - `commodity`: only links whose `commodities` include it. Without it, links of any commodity are
 *   chained freely (a route's `commodities` then lists what every leg carries, possibly nothing).
 * - `modes`: only links of these modes (default: all modes): `['rail']` for rail only;
 * - `avoidModes`: no link of these modes (e.g. `['sea']`: no sea legs); applied after `modes`.
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
  readonly avoidModes?: readonly Mode[];
  readonly avoidCountries?: readonly CountryCode[];
  readonly avoidNodes?: readonly string[];
  readonly closedLinks?: readonly string[];
  readonly statuses?: readonly LinkStatus[];
}

export type { LinkWeightFunction, RouteWeight } from '../model/weight.js';

/** The constraint keys, used to reject misspelt options. */
export const CONSTRAINT_KEYS = ['commodity', 'modes', 'avoidModes', 'avoidCountries', 'avoidNodes', 'closedLinks', 'statuses'] as const;

/** Constraints checked against the network and normalised (sorted, deduplicated, defaults applied). */
export type ResolvedConstraints = EngineConstraints;

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
  const avoidModes = optionalList(record['avoidModes'], fn, 'avoidModes', (v): v is Mode => (MODES as readonly unknown[]).includes(v), `modes (${MODES.join(', ')})`);
  const allowedModes = avoidModes === null ? modes : (modes ?? MODES).filter((m) => !avoidModes.includes(m));
  if (allowedModes !== null && allowedModes.length === 0) {
    throw new InvalidOptionError(fn, 'avoidModes', avoidModes, `leaves no mode to travel by (modes: ${(modes ?? MODES).join(', ')})`);
  }
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
    allowedModes,
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

/**
 * Hours charged for a change of mode or of rail gauge at a node whose data has no dwell entry for it
 * (option `defaultDwellHours` of the route functions): `{ modeChange?, gaugeChange? }`, each a number
 * of hours from 0 to 10,000. A trigger left out (the default) is charged the median of the network's
 * own dwell entries of that trigger for the commodity (all commodities when none is given), or 0 when
 * the network has none. Routes list where a default was charged (`RouteStop.dwell[].assumed`,
 * `dwellAssumedAt`).
 */
export interface DefaultDwellHours {
  readonly modeChange?: number;
  readonly gaugeChange?: number;
}

/**
 * Checks the `defaultDwellHours` option (see {@link DefaultDwellHours}) and returns the engine's form.
 *
 * @throws {InvalidOptionError} for an unknown key or a value that is not a number of hours in 0–10,000.
 */
export function resolveDwellDefaults(options: object | undefined, fn: string): DwellDefaults {
  const given = options === undefined ? undefined : ownOption(options as { defaultDwellHours?: unknown }, 'defaultDwellHours');
  if (given === undefined) return MEDIAN_DWELL_DEFAULTS;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidOptionError(fn, 'defaultDwellHours', given, 'expected { modeChange?, gaugeChange? } in hours');
  }
  const record = given as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== 'modeChange' && key !== 'gaugeChange') throw new InvalidOptionError(fn, `defaultDwellHours.${key}`, record[key], 'unknown key (expected modeChange, gaugeChange)');
  }
  const hours = (key: 'modeChange' | 'gaugeChange'): number | null => {
    const value = Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
    if (value === undefined) return null;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 10_000) {
      throw new InvalidOptionError(fn, `defaultDwellHours.${key}`, value, 'expected a number of hours from 0 to 10,000');
    }
    return value;
  };
  return { modeChangeHours: hours('modeChange'), gaugeChangeHours: hours('gaugeChange') };
}
