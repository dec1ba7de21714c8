/**
 * Authoring types of the corridor dataset (`scripts/corridor/*.ts`), turned into GeoJSON features by
 * `scripts/build-data.ts`. They are deliberately smaller than the published schema: sources are
 * citation keys, lengths say how they are obtained, coordinates are written `lat`/`lon` by name so
 * that the GeoJSON `[lon, lat]` order is produced in one place only.
 */
import type { Commodity, LinkDirection, LinkStatus, Mode, NodeKind, PublishedCapacity, UnlimitedCapacity } from '../../src/index.js';

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
  readonly transitTimeHours?: number;
  readonly transitTimeNote?: string;
  readonly tariff?: TariffInput;
  /** A note on tariffs when no figure in US dollars per tonne is given (e.g. a rouble tariff). */
  readonly tariffNote?: string;
  readonly operator?: string;
  readonly startYear?: number;
  readonly notes?: string;
}
