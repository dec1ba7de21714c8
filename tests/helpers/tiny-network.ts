import { type Network, parseNetwork } from '../../src/index.js';

/** A node of a hand-built test network: id, country, and optionally position and kind. */
export interface TinyNode {
  id: string;
  country: string;
  lonLat?: [number, number];
  kind?: string;
  /** Dwell entries in the dataset format (see `dwellEntrySchema`). */
  dwell?: Record<string, unknown>[];
}

/** A link of a hand-built test network; unspecified fields get neutral defaults. */
export interface TinyLink {
  id: string;
  from: string;
  to: string;
  lengthKm: number;
  direction?: 'forward' | 'both';
  mode?: string;
  commodities?: string[];
  status?: string;
  transitCountries?: string[];
  transitTimeHours?: number;
  gaugeMm?: number;
  tariffUsdPerTonne?: number;
  capacity?: { value: number; unit: string; lowerBound?: true } | { unlimited: true; note: string };
}

const SOURCE = [{ title: 'hand-built test fixture' }];

/**
 * The dataset (GeoJSON FeatureCollection) of a small hand-built network. Node positions default to
 * points 0.01° apart along the equator so that great-circle checks never interfere; links default to
 * `both` directions, mode `rail`, commodity `general-cargo`, status `operational`, and transit
 * countries [from country, to country] (or one country when equal).
 */
export function tinyDataset(nodes: TinyNode[], links: TinyLink[]): unknown {
  const country = new Map(nodes.map((n) => [n.id, n.country]));
  return {
    type: 'FeatureCollection',
    features: [
      ...nodes.map((n, i) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: n.lonLat ?? [i * 0.01, 0] },
        properties: {
          type: 'node',
          id: n.id,
          name: n.id.toUpperCase(),
          kind: n.kind ?? 'city',
          country: n.country,
          sources: SOURCE,
          ...(n.dwell === undefined ? {} : { dwell: n.dwell }),
        },
      })),
      ...links.map((l) => {
        const a = country.get(l.from) ?? 'KZ';
        const b = country.get(l.to) ?? 'KZ';
        const props: Record<string, unknown> = {
          type: 'link',
          id: l.id,
          name: l.id.toUpperCase(),
          from: l.from,
          to: l.to,
          mode: l.mode ?? 'rail',
          commodities: l.commodities ?? ['general-cargo'],
          direction: l.direction ?? 'both',
          lengthKm: l.lengthKm,
          lengthBasis: 'computed',
          transitCountries: l.transitCountries ?? (a === b ? [a] : [a, b]),
          status: l.status ?? 'operational',
          sources: SOURCE,
        };
        if (l.transitTimeHours !== undefined) props['transitTimeHours'] = l.transitTimeHours;
        if (l.gaugeMm !== undefined) props['gaugeMm'] = l.gaugeMm;
        if (l.tariffUsdPerTonne !== undefined) {
          props['tariffUsdPerTonne'] = l.tariffUsdPerTonne;
          props['tariffYear'] = 2024;
        }
        if (l.capacity !== undefined) props['capacity'] = l.capacity;
        return { type: 'Feature', geometry: null, properties: props };
      }),
    ],
  };
}

/**
 * {@link tinyDataset} parsed into a network. Node positions are placeholders, not real places, so the
 * check of nodes against their countries' borders is off.
 */
export function tinyNetwork(nodes: TinyNode[], links: TinyLink[]): Network {
  return parseNetwork(tinyDataset(nodes, links), { checkNodeCountries: false });
}
