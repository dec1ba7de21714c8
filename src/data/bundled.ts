import corridor from '../../data/corridor.geo.json' with { type: 'json' };
import type { Network } from '../graph/network.js';
import { parseNetwork } from './parse-network.js';

/**
 * The bundled Trans-Caspian corridor dataset as parsed JSON (a GeoJSON FeatureCollection; see
 * `data/corridor.geo.json` in the package, and its `metadata` member for title, licence and
 * attribution). Every node and link carries its sources. Returns a deep copy: changing it does not
 * change the bundled data.
 *
 * @returns the dataset object (`{ type: 'FeatureCollection', metadata, features }`).
 */
export function corridorDataset(): unknown {
  return JSON.parse(JSON.stringify(corridor)) as unknown;
}

/**
 * Parses the bundled Trans-Caspian corridor dataset into a {@link Network}: Kazakh crude export
 * routes (CPC, Atyrau–Samara, Caspian tankers to Baku, BTC, Baku–Supsa, Baku–Novorossiysk, Georgian
 * Black Sea ports, Turkish Straits), gas pipelines (SCP, TANAP, TAP, the planned Trans-Caspian
 * pipeline), the Middle Corridor railways and ferries (China–Kazakhstan entry, Aktau/Kuryk–Baku/Alat,
 * Baku–Tbilisi–Kars, Georgian ports) and the planned Zangezur links.
 *
 * Source: `data/corridor.geo.json`, compiled from the sources listed on each record (operators,
 * Global Energy Monitor, national railways and ports, news agencies; see the dataset's metadata).
 * Each call returns a new network.
 *
 * @returns the validated network.
 * @example
 * ```ts
 * const network = loadCorridorNetwork();
 * network.links.get('btc')?.lengthKm; // 1768 (BP)
 * ```
 */
export function loadCorridorNetwork(): Network {
  return parseNetwork(corridor);
}
