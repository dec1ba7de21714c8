import type { Commodity } from '../model/commodity.js';
import type { CountryCode } from '../model/country-code.js';
import type { LinkStatus } from '../model/link-status.js';
import type { Mode } from '../model/mode.js';

/**
 * Route constraints checked against a network and normalised (internal; `resolveConstraints` in
 * `routing/options.ts` builds them from the public options): lists sorted and deduplicated, defaults
 * applied. `key` is a canonical string of the rest, for caching search spaces.
 */
export interface EngineConstraints {
  readonly commodity: Commodity | null;
  readonly modes: readonly Mode[] | null;
  readonly avoidCountries: readonly CountryCode[];
  readonly avoidNodes: readonly string[];
  readonly closedLinks: readonly string[];
  readonly statuses: readonly LinkStatus[];
  readonly key: string;
}

/**
 * Hours charged at a transfer (a change of mode, or of rail gauge) at a node whose data has no dwell
 * entry for it (internal; see `transfers.ts`). `null` for a trigger means: the median of the network's
 * own entries of that trigger.
 */
export interface DwellDefaults {
  readonly modeChangeHours: number | null;
  readonly gaugeChangeHours: number | null;
}

/** Elements to leave out of one question on top of the constraints: countries, node ids and link ids. */
export interface Exclusion {
  readonly countries?: readonly CountryCode[];
  readonly nodes?: readonly string[];
  readonly links?: readonly string[];
}
