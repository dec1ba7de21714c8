import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, UnknownNodeError, findMustPassCountries, transitDependency } from '../../src/index.js';
import { arbitraryNetwork } from '../helpers/arbitrary-network.js';
import { tinyNetwork } from '../helpers/tiny-network.js';

describe('findMustPassCountries', () => {
  it('answers many pairs at once, equal to transitDependency on each (directed and two-way networks)', () => {
    fc.assert(
      fc.property(arbitraryNetwork, fc.boolean(), (net, twoWay) => {
        const links = twoWay ? net.links.map((l) => ({ ...l, direction: 'both' as const })) : net.links;
        const network = tinyNetwork(net.nodes, links);
        const ids = net.nodes.map((n) => n.id);
        const pairs = ids.flatMap((o) => ids.map((d) => [o, d] as const));
        const batch = findMustPassCountries(network, pairs);
        batch.forEach((result, i) => {
          const [o, d] = pairs[i]!;
          const dep = transitDependency(network, o, d);
          expect(result.origin).toBe(o);
          expect(result.reachable).toBe(dep.bestRoute !== null);
          expect(result.mustPassCountries).toEqual([...dep.mustPassCountries].sort());
        });
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it('honours constraints and rejects bad pairs', () => {
    const network = tinyNetwork(
      [{ id: 'a', country: 'KZ' }, { id: 'b', country: 'AZ' }, { id: 'c', country: 'GE' }, { id: 'd', country: 'TR' }],
      [
        { id: 'ab', from: 'a', to: 'b', lengthKm: 1 },
        { id: 'bd', from: 'b', to: 'd', lengthKm: 1, transitCountries: ['AZ', 'GE', 'TR'] },
        { id: 'ac', from: 'a', to: 'c', lengthKm: 1 },
        { id: 'cd', from: 'c', to: 'd', lengthKm: 1 },
      ],
    );
    expect(findMustPassCountries(network, [['a', 'd']])).toEqual([{ kind: 'must-pass-countries', origin: 'a', destination: 'd', reachable: true, mustPassCountries: ['GE'] }]);
    expect(findMustPassCountries(network, [['a', 'd']], { closedLinks: ['ac'] })[0]!.mustPassCountries).toEqual(['AZ', 'GE']);
    expect(findMustPassCountries(network, [['a', 'a']])[0]).toMatchObject({ reachable: false, mustPassCountries: [] });
    expect(() => findMustPassCountries(network, [['a', 'x']])).toThrow(UnknownNodeError);
    expect(() => findMustPassCountries(network, [['a']] as never)).toThrow(InvalidArgumentError);
  });
});
