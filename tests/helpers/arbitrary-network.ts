import fc from 'fast-check';
import type { TinyLink, TinyNode } from './tiny-network.js';

/** A small random multigraph: 2–7 nodes in up to 4 countries, 1–14 links with integer lengths 1–6. */
export interface ArbitraryCase {
  nodes: TinyNode[];
  links: TinyLink[];
}

const COUNTRIES = ['AZ', 'GE', 'KZ', 'TR'];

/**
 * fast-check arbitrary of {@link ArbitraryCase}. Small integer lengths make exact ties common, so
 * the tie rule is exercised; parallel links, one-way links, planned links and links that cross a
 * third country without a node in it all occur.
 */
export const arbitraryNetwork: fc.Arbitrary<ArbitraryCase> = arbitraryNetworkWith(fc.integer({ min: 1, max: 6 }));

/**
 * Like {@link arbitraryNetwork} with decimal lengths (tenths from 0.1 to 0.9): sums that are equal in
 * exact arithmetic then differ in their last bits, which exercises the tie rule's tolerance.
 */
export const arbitraryDecimalNetwork: fc.Arbitrary<ArbitraryCase> = arbitraryNetworkWith(fc.integer({ min: 1, max: 9 }).map((t) => t / 10));

function arbitraryNetworkWith(lengthKm: fc.Arbitrary<number>): fc.Arbitrary<ArbitraryCase> {
  return fc
    .integer({ min: 2, max: 7 })
    .chain((nodeCount) => {
      const ids = Array.from({ length: nodeCount }, (_, i) => `n${i}`);
      const node = fc.constantFrom(...ids);
      const link = fc
        .record({
          from: node,
          to: node,
          lengthKm,
          direction: fc.constantFrom('forward' as const, 'both' as const),
          status: fc.constantFrom('operational', 'operational', 'operational', 'planned'),
          mode: fc.constantFrom('rail', 'sea', 'pipeline'),
          via: fc.option(fc.constantFrom(...COUNTRIES), { freq: 3 }),
        })
        .filter((l) => l.from !== l.to);
      return fc.record({
        countries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: nodeCount, maxLength: nodeCount }),
        links: fc.array(link, { minLength: 1, maxLength: 14 }),
      }).map(({ countries, links }) => {
        const nodes: TinyNode[] = ids.map((id, i) => ({ id, country: countries[i]! }));
        const countryOf = new Map(nodes.map((n) => [n.id, n.country]));
        const tinyLinks: TinyLink[] = links.map((l, i) => {
          const a = countryOf.get(l.from)!;
          const b = countryOf.get(l.to)!;
          const transit = [a];
          if (l.via !== null && l.via !== a && l.via !== b) transit.push(l.via);
          if (b !== transit[transit.length - 1]) transit.push(b);
          return {
            id: `l${String(i).padStart(2, '0')}`,
            from: l.from,
            to: l.to,
            lengthKm: l.lengthKm,
            direction: l.direction,
            status: l.status,
            mode: l.mode,
            transitCountries: transit,
          };
        });
        return { nodes, links: tinyLinks };
      });
    });
}
