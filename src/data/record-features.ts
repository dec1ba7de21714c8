import type { LinkRecord } from '../model/link.js';
import type { NodeRecord } from '../model/node.js';

/**
 * The dataset feature of a node record: a GeoJSON Point Feature whose properties are the node's
 * (without `lonLat`, which becomes the geometry). Validating it gives the record back.
 */
export function nodeFeatureOf(node: NodeRecord): { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> } {
  const { lonLat, ...properties } = node;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [lonLat[0], lonLat[1]] }, properties };
}

/**
 * The dataset feature of a link record: a GeoJSON LineString Feature (or `geometry: null`) whose
 * properties are the link's.
 */
export function linkFeatureOf(link: LinkRecord): { type: 'Feature'; geometry: LinkRecord['geometry']; properties: Record<string, unknown> } {
  const { geometry, ...properties } = link;
  return { type: 'Feature', geometry, properties };
}
