import { rememberNetwork } from './result-origin.js';
import type { Network } from '../graph/network.js';
import { withTableDisplay } from './jupyter.js';
import { type RowsSource, toRows } from '../tables/to-rows.js';

/**
 * Finishes a result for its callers (internal): remembers the network it was computed on (for
 * `toGeoJSON` and `renderMap`) and gives it a Jupyter display method showing `toRows(result)`.
 */
export function present<T extends RowsSource & object>(result: T, network: Network, title: string): T {
  return withTableDisplay(rememberNetwork(result, network), () => toRows(result), title);
}
