import { corridorJsonText } from './corridor-json.js';

/**
 * The bundled Trans-Caspian corridor dataset as parsed JSON (a GeoJSON FeatureCollection; see
 * `data/corridor.geo.json` in the package, and its `metadata` member for title, licence and
 * attribution). Every node and link carries its sources. Each call parses the bundled JSON text
 * anew and returns a new object: changing it does not change the bundled data. Nothing is parsed
 * when the package is imported, only when this function (or `loadCorridorNetwork`) is called.
 *
 * @returns the dataset object (`{ type: 'FeatureCollection', metadata, features }`).
 */
export function corridorDataset(): unknown {
  return JSON.parse(corridorJsonText()) as unknown;
}
