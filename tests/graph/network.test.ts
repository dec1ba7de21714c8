import { dijkstra } from 'graphology-shortest-path';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { edgeKey } from '../../src/index.js';
import { tinyNetwork } from '../helpers/tiny-network.js';

const network = tinyNetwork(
  [
    { id: 'tbilisi', country: 'GE' },
    { id: 'baku', country: 'AZ' },
    { id: 'ceyhan', country: 'TR' },
  ],
  [
    { id: 'baku-tbilisi-road', from: 'baku', to: 'tbilisi', lengthKm: 560, mode: 'road' },
    { id: 'baku-tbilisi-rail', from: 'baku', to: 'tbilisi', lengthKm: 550 },
    { id: 'btc', from: 'baku', to: 'ceyhan', lengthKm: 1768, mode: 'pipeline', direction: 'forward', transitCountries: ['AZ', 'GE', 'TR'] },
  ],
);

describe('network.graph', () => {
  it('is a graphology MultiDirectedGraph keyed by node ids', () => {
    expect(network.graph).toBeInstanceOf(MultiDirectedGraph);
    expect(network.graph.multi).toBe(true);
    expect(network.graph.type).toBe('directed');
    expect(network.graph.nodes()).toEqual(['baku', 'ceyhan', 'tbilisi']);
    expect(network.graph.getNodeAttribute('baku', 'country')).toBe('AZ');
  });

  it('keeps parallel links distinct and gives two-way links a reverse edge', () => {
    const g = network.graph;
    expect(g.size).toBe(5); // two two-way links (2 edges each) + one one-way pipeline
    const bakuToTbilisi = g.outEdges('baku').filter((e) => g.target(e) === 'tbilisi').sort();
    expect(bakuToTbilisi).toEqual(['baku-tbilisi-rail', 'baku-tbilisi-road']);
    expect(g.hasEdge(edgeKey('baku-tbilisi-rail', 'reverse'))).toBe(true);
    expect(g.source('baku-tbilisi-rail:reverse')).toBe('tbilisi');
    expect(g.getEdgeAttributes('baku-tbilisi-rail:reverse')).toMatchObject({ linkId: 'baku-tbilisi-rail', travelDirection: 'reverse', transitCountries: ['GE', 'AZ'] });
    expect(g.hasEdge('btc:reverse')).toBe(false);
    expect(g.getEdgeAttributes('btc')).toMatchObject({ linkId: 'btc', travelDirection: 'forward', lengthKm: 1768, transitCountries: ['AZ', 'GE', 'TR'] });
  });

  it('runs graphology’s own algorithms, e.g. Dijkstra weighted by lengthKm', () => {
    expect(dijkstra.bidirectional(network.graph, 'tbilisi', 'ceyhan', 'lengthKm')).toEqual(['tbilisi', 'baku', 'ceyhan']);
  });

  it('iterates records in id order, freezes them and keeps its maps read-only', () => {
    expect([...network.links.keys()]).toEqual(['baku-tbilisi-rail', 'baku-tbilisi-road', 'btc']);
    expect(Object.isFrozen(network)).toBe(true);
    expect(() => {
      (network.links.get('btc') as { lengthKm: number }).lengthKm = 1;
    }).toThrow(TypeError);
    expect(() => (network.links as Map<string, unknown>).set('x', {})).toThrow(TypeError);
    expect(() => (network.nodes as Map<string, unknown>).delete('baku')).toThrow(TypeError);
    expect(() => (network.links as Map<string, unknown>).clear()).toThrow(TypeError);
    expect(network.links.size).toBe(3);
    expect(network.links).toBeInstanceOf(Map);
    expect(Object.keys(network.links)).toEqual([]); // no bookkeeping fields leak into JSON or console output
  });
});
