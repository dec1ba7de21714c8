/**
 * Constants shared by the link files of the corridor dataset: capacities of open-sea lanes and
 * straits, way points used in computed lengths, the list of links excused from the great-circle check.
 */
import type { WayPoint } from '../types.js';

/** Conversion used for tariffs published per barrel: 7.33 barrels of crude per tonne. */
export const BARRELS_PER_TONNE = 7.33;

export const KENKIYAK: WayPoint = { name: 'Kenkiyak', lat: 48.58961, lon: 57.15635, from: 'GEO-GEM (Kenkiyak–Atyrau route P5198, eastern end vertex)' };
export const ATASU: WayPoint = { name: 'Atasu', lat: 48.648584, lon: 71.613256, from: 'GEO-GEM (Atasu–Alashankou route P0648, start vertex)' };
export const SAKSAULSKAYA: WayPoint = { name: 'Saksaulskaya', lat: 47.0841, lon: 61.1547, from: 'GEO-OSM-KZ (station Сексеул)' };
export const BELEK: WayPoint = { name: 'Belek', lat: 39.9921, lon: 53.6471, from: 'GEO-GEM (East–West pipeline route P0745, western end vertex)' };
export const TCP_LANDFALL: WayPoint = { name: 'Turkmen landfall of the Trans-Caspian gas pipeline', lat: 40.0091, lon: 53.1502, from: 'GEO-GEM (Trans-Caspian route P0764, vertex where the drawn line reaches the Turkmen coast)' };
export const SHATLYK: WayPoint = { name: 'Shatlyk compressor station', lat: 37.5935, lon: 61.38, from: 'GEO-GEM (East–West pipeline route P0745, eastern end vertex)' };
export const MANGISTAU_STATION: WayPoint = { name: 'Mangistau (Mangyshlak) station', lat: 43.697, lon: 51.309, from: 'GEO-OSM-KZ (station Мангистау)' };

export const ALL_CARGO = ['crude-oil', 'oil-products', 'containers', 'general-cargo', 'dry-bulk'] as const;

/** Capacity of an open-sea lane of the Black Sea or the Mediterranean (not of a strait or a ferry line). */
export const OPEN_SEA = {
  unlimited: true,
  note: 'Open-sea lane: not a bottleneck by nature; throughput is bounded by the terminals at its ends.',
} as const;

/**
 * Capacity of a Caspian crude tanker lane: the sea is not the bottleneck, the loading berths are (the
 * capacity of Aktau's three oil berths is on node aktau). Ferry lines keep an unknown capacity, since
 * the ferry fleet, which is not published as a capacity, bounds them.
 */
export const CASPIAN_TANKER_LANE = {
  unlimited: true,
  note: 'Open-sea tanker lane: not a bottleneck by nature; throughput is bounded by the loading and receiving terminals (Aktau’s oil berths, 7.5 Mt/yr, on node aktau).',
} as const;

/** The Turkish Straits: no annual capacity is published; treated as not binding, with the reason. */
export const TURKISH_STRAITS = {
  unlimited: true,
  note: 'Treated as not binding: no annual capacity of the Straits is published (the Montreux regime governs passage, not volume); they carried 2.9 Mbbl/d of oil in 2010 (EIA via Encyclopedia of Earth), more than all the crude export capacity that reaches them in this dataset. Daylight-only transits and queues (e.g. December 2022) delay tankers without a published volume limit.',
} as const;

/**
 * Links whose published length is (slightly) shorter than the great-circle distance between their end
 * nodes, with the reason. Any other published length must be at least the great-circle distance; the
 * library warns only past 1 %.
 */
export const PUBLISHED_BELOW_GREAT_CIRCLE: Readonly<Record<string, string>> = {};
