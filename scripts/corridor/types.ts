/**
 * Authoring types of the corridor dataset (`scripts/corridor/*.ts`), turned into GeoJSON features by
 * `scripts/build-data.ts`. They are deliberately smaller than the published schema: sources are
 * citation keys, lengths say how they are obtained, coordinates are written `lat`/`lon` by name so
 * that the GeoJSON `[lon, lat]` order is produced in one place only.
 */
import type { Commodity, DwellEntry, LinkDirection, LinkStatus, Mode, NodeKind, PublishedCapacity, UnlimitedCapacity } from '../../src/index.js';

/** A capacity as authored: one published figure, or explicitly unlimited (an open-sea lane). */
export type CapacityInput = PublishedCapacity | UnlimitedCapacity;

/** A bibliographic record of the registry in `sources.ts` (the citation key is the registry key). */
export interface Source {
  readonly title: string;
  readonly url?: string;
  readonly publisher?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as known. */
  readonly date?: string;
}

/** A citation: a key of `SOURCES`, optionally with a note on what the source supports on this record. */
export type SourceRef = string | { readonly key: string; readonly note: string };

/**
 * A dwell entry as authored: the fields of the library's `DwellEntry` (see `dwellEntrySchema`), with
 * `sources` given as citation keys (at least one: every figure names its source).
 */
export type DwellInput = Omit<DwellEntry, 'sources' | 'commodities' | 'modes'> & {
  readonly commodities: readonly Commodity[];
  readonly modes?: readonly [Mode, Mode];
  readonly sources: readonly SourceRef[];
};

/** A node as authored. */
export interface NodeInput {
  readonly id: string;
  readonly name: string;
  readonly kind: NodeKind;
  /** ISO 3166-1 alpha-2 code of the country the point lies in. */
  readonly country: string;
  /** Latitude, decimal degrees (WGS84). */
  readonly lat: number;
  /** Longitude, decimal degrees (WGS84). */
  readonly lon: number;
  /** How exact the point is and where it comes from. */
  readonly coordinatesNote: string;
  readonly sources: readonly SourceRef[];
  readonly capacity?: PublishedCapacity | readonly PublishedCapacity[];
  /** Time freight spends here when a route changes gauge or mode or passes through (see `DwellInput`). */
  readonly dwell?: readonly DwellInput[];
  readonly locode?: string;
  readonly aliases?: readonly string[];
  readonly notes?: string;
}

/** A named point that is not a node, used as an end of a great-circle part of a computed length. */
export interface WayPoint {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Where the point comes from (a citation key of `SOURCES` and detail). */
  readonly from: string;
}

/** One part of a length summed from published sections and great-circle gaps. */
export type LengthPart =
  | { readonly kind: 'published'; readonly label: string; readonly km: number; readonly source: string }
  | { readonly kind: 'great-circle'; readonly label: string; readonly start: WayPoint; readonly end: WayPoint };

/** How a link's length is obtained. */
export type LengthInput =
  /** A figure published by a source on the record; `note` names the source and the alternatives. */
  | { readonly basis: 'published'; readonly km: number; readonly note: string }
  /** Sea-route distance over the searoute/MARNET network, computed at build time. */
  | { readonly basis: 'computed'; readonly method: 'sea-route'; readonly note?: string }
  /** Great-circle distance between the end nodes: a lower bound, computed at build time. */
  | { readonly basis: 'computed'; readonly method: 'great-circle'; readonly note: string }
  /** Published section lengths plus great-circle gaps, summed at build time (a lower bound). */
  | { readonly basis: 'computed'; readonly method: 'parts'; readonly parts: readonly LengthPart[]; readonly note: string }
  /** Arithmetic on published figures, done by hand and explained in `note`. */
  | { readonly basis: 'computed'; readonly method: 'arithmetic'; readonly km: number; readonly note: string };

/** A published tariff in US dollars per tonne (nominal), with the year it applies to. */
export interface TariffInput {
  readonly usdPerTonne: number;
  readonly year: number;
  readonly note: string;
}

/**
 * A published average speed, for moving times derived as length ÷ speed. Give `kmPerDay` or
 * `kmPerHour` as the source states it; `source` is a citation key of `SOURCES` (which the link must
 * also cite) and `what` says what the speed is the average of and when ("KTZ container trains on the
 * Kazakh network, H1 2018").
 */
export interface PublishedSpeed {
  readonly kmPerDay?: number;
  readonly kmPerHour?: number;
  readonly source: string;
  readonly what: string;
}

/**
 * How a link's moving time (`transitTimeHours`, without dwell at its end nodes) is obtained:
 * - `published`: a time a source gives for this leg (days × 24 where given in days);
 * - `derived-from-schedule`: worked out by hand from a published schedule or end-to-end figure, the
 *   arithmetic in `note`;
 * - `derived-from-speed`: the link's length ÷ a published average speed, computed at build time (to
 *   0.1 h) and explained in the written note.
 */
export type TransitTimeInput =
  | { readonly basis: 'published'; readonly hours: number; readonly note: string }
  | { readonly basis: 'derived-from-schedule'; readonly hours: number; readonly note: string }
  | { readonly basis: 'derived-from-speed'; readonly speed: PublishedSpeed; readonly note?: string };

/** A link as authored. */
export interface LinkInput {
  readonly id: string;
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly mode: Mode;
  readonly commodities: readonly Commodity[];
  readonly direction: LinkDirection;
  readonly length: LengthInput;
  /** Ordered ISO codes of every country crossed, from-node's first, to-node's last; seas are not countries. */
  readonly transitCountries: readonly string[];
  readonly status: LinkStatus;
  readonly sources: readonly SourceRef[];
  readonly capacity?: CapacityInput;
  /** Moving time of the leg (see `TransitTimeInput`); required on operational links carrying containers or general cargo. */
  readonly transitTime?: TransitTimeInput;
  /** Rail links: track gauge in mm (1,435 standard; 1,520 in the former USSR). */
  readonly gaugeMm?: number;
  readonly tariff?: TariffInput;
  /** A note on tariffs when no figure in US dollars per tonne is given (e.g. a rouble tariff). */
  readonly tariffNote?: string;
  readonly operator?: string;
  readonly startYear?: number;
  readonly notes?: string;
}
