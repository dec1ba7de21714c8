import type { KmInArea } from '../model/km-by-country.js';
import type { LinkRecord } from '../model/link.js';
import type { NodeRecord } from '../model/node.js';
import { kmByCountry } from './km-by-country.js';

/**
 * A link's kilometres by country, and where they come from:
 * - `geometry`: the link's own `kmByCountry` figures or, without them, its geometry located with the
 *   bundled borders;
 * - `straight-line`: the link has no geometry, so the straight line between its nodes was located
 *   (an estimate).
 * `stretches` are in the link's forward direction and scaled so that they sum to its `lengthKm`
 * (the geometry gives the shares, the published or computed length the total).
 */
export interface LinkKmByCountry {
  readonly source: 'geometry' | 'straight-line';
  readonly stretches: readonly KmInArea[];
}

const cache = new WeakMap<LinkRecord, LinkKmByCountry>();

/** {@link LinkKmByCountry} of a link, computed once per link record and cached (internal). */
export function linkKmByCountry(link: LinkRecord, from: NodeRecord, to: NodeRecord): LinkKmByCountry {
  let result = cache.get(link);
  if (result === undefined) {
    const source = link.geometry === null ? 'straight-line' : 'geometry';
    const raw = link.kmByCountry ?? kmByCountry(link.geometry?.coordinates ?? [from.lonLat, to.lonLat]);
    const total = raw.reduce((sum, s) => sum + s.km, 0);
    // Two nodes at one point and no geometry give no line to locate: the length is put in the
    // from node's country rather than dropped (schema rules keep a given kmByCountry above 0 km).
    const stretches = total > 0 ? raw.map((s) => ({ country: s.country, km: (s.km * link.lengthKm) / total })) : [{ country: from.country, km: link.lengthKm }];
    result = Object.freeze({ source, stretches: Object.freeze(stretches.map((s) => Object.freeze(s))) });
    cache.set(link, result);
  }
  return result;
}
