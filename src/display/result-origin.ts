import type { Network } from '../graph/network.js';

const origins = new WeakMap<object, Network>();

/**
 * Remembers which network a result was computed on (internal), so that exports such as `toGeoJSON`
 * and `renderMap` can find node positions and link geometries from the result alone.
 */
export function rememberNetwork<T extends object>(result: T, network: Network): T {
  origins.set(result, network);
  return result;
}

/** The network a result was computed on, if it was produced by this library (internal). */
export function networkOfResult(result: object): Network | undefined {
  return origins.get(result);
}
