import { corridorDataset } from '../data/bundled.js';
import type { Network } from './network.js';
import { parseNetwork } from './parse-network.js';

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
  return parseNetwork(corridorDataset());
}
