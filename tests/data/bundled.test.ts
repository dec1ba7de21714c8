import { describe, expect, it } from 'vitest';
import { corridorDataset, corridorScenarios, countryShapes } from '../../src/index.js';

/**
 * The bundled data is parsed on first use (the package build keeps it as JSON text; see
 * tsup.config.ts): what is cached must be immutable, what is returned new must be independent.
 */
describe('the bundled data, parsed on first use', () => {
  it('gives a new, independent copy of the corridor dataset on each call', () => {
    const a = corridorDataset() as { features: { properties: { id: string } }[] };
    const b = corridorDataset() as { features: { properties: { id: string } }[] };
    expect(a).not.toBe(b);
    expect(b).toEqual(a);
    a.features[0]!.properties.id = 'changed';
    expect((corridorDataset() as typeof a).features[0]!.properties.id).not.toBe('changed');
  });

  it('gives new scenario objects on each call', () => {
    const a = corridorScenarios();
    const b = corridorScenarios();
    expect(a[0]).not.toBe(b[0]);
    expect(b).toEqual(a);
  });

  it('decodes each border set once: the same frozen array, outlines frozen to the coordinates', () => {
    for (const set of ['corridor', 'world'] as const) {
      const shapes = countryShapes(set);
      expect(countryShapes(set)).toBe(shapes);
      expect(Object.isFrozen(shapes)).toBe(true);
      const first = shapes[0]!;
      expect(Object.isFrozen(first)).toBe(true);
      expect(Object.isFrozen(first.bbox)).toBe(true);
      const ring = first.geometry.type === 'Polygon' ? first.geometry.coordinates[0]! : first.geometry.coordinates[0]![0]!;
      expect(Object.isFrozen(ring)).toBe(true);
      expect(Object.isFrozen(ring[0])).toBe(true);
      expect(() => (ring as number[][]).push([0, 0])).toThrow(TypeError);
    }
  });
});
