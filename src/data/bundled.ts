import corridor from '../../data/corridor.geo.json' with { type: 'json' };

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
