/**
 * Nodes of the corridor dataset, as authored. Coordinates are written `lat`/`lon` by name (decimal
 * degrees, WGS84); the build script turns them into GeoJSON `[lon, lat]`. Every point says in
 * `coordinatesNote` how exact it is and where it comes from; proxies for unsourced positions are
 * flagged there.
 */
import type { NodeInput } from './types.js';
import { CASPIAN_NODES } from './nodes/caspian.js';
import { EAST_NODES } from './nodes/east.js';
import { WEST_NODES } from './nodes/west.js';

/** Every node of the dataset, from the regional files in `nodes/` (the build sorts them by id and rejects a repeated id). */
export const NODES: readonly NodeInput[] = [...CASPIAN_NODES, ...EAST_NODES, ...WEST_NODES];
