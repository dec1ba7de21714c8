import { describe, expect, it, vi } from 'vitest';
import { DatasetValidationError, safeParseNetwork } from '../../src/index.js';
import { tinyDataset } from '../helpers/tiny-network.js';

/**
 * Datasets at the size where spreading arguments (`push(...list)`) overflows V8's call stack (about
 * 125,000 elements here): every one must give a network or a DatasetValidationError, never a
 * RangeError. The edit-distance calls behind id suggestions are counted (not timed) through a wrapper
 * around fastest-levenshtein.
 */
const levenshtein = vi.hoisted(() => ({ calls: 0 }));
vi.mock('fastest-levenshtein', async (importOriginal) => {
  const original = await importOriginal<typeof import('fastest-levenshtein')>();
  return {
    ...original,
    distance: (a: string, b: string) => {
      levenshtein.calls++;
      return original.distance(a, b);
    },
  };
});

const N = 150_000;

function rejected(dataset: unknown): DatasetValidationError {
  const result = safeParseNetwork(dataset, { checkNodeCountries: false });
  if (result.success) throw new Error('expected the dataset to be rejected');
  if (!(result.error instanceof DatasetValidationError)) throw new Error(`expected a DatasetValidationError, got ${result.error.name}`);
  return result.error;
}

describe('parseNetwork on large invalid datasets', () => {
  it('lists every one of 150,000 invalid nodes (no RangeError from spreading them into push)', () => {
    // Each node lacks its sources: one issue per node, and each node id is still checked for duplicates.
    const features = Array.from({ length: N }, (_, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { type: 'node', id: `n${i}`, name: `N${i}`, kind: 'city', country: 'KZ' },
    }));
    const error = rejected({ type: 'FeatureCollection', features });
    expect(error.code).toBe('DATASET_INVALID');
    expect(error.issues).toHaveLength(N);
    expect(error.issues[N - 1]).toMatchObject({ pathString: `features[${N - 1}].properties.sources`, id: `n${N - 1}` });
  });

  it('lists every one of 150,000 dangling references, in dataset order, beside a link that fails its schema', () => {
    // One link without sources makes the references of valid and invalid links be merged in dataset
    // order: the step that spread them into push().
    const dataset = tinyDataset(
      [{ id: 'a', country: 'KZ' }],
      Array.from({ length: N }, (_, i) => ({ id: `l${i}`, from: 'a', to: `missing-${i}`, lengthKm: 10 })),
    ) as { features: { properties: Record<string, unknown> }[] };
    delete dataset.features[1]!.properties['sources'];
    const error = rejected(dataset);
    expect(error.issues).toHaveLength(N + 1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid_type', pathString: 'features[1].properties.sources', id: 'l0' });
    expect(error.issues[N]).toMatchObject({ code: 'unknown_node', pathString: `features[${N}].properties.to`, id: `l${N - 1}` });
    expect(error.issues[N]!.message).toBe(`link "l${N - 1}" refers to unknown node "missing-${N - 1}"`);
  });

  it('bounds the work of suggesting ids for thousands of dangling references (counted, not timed)', () => {
    // 4,000 nodes and 4,000 links to unknown nodes, each a near miss of a real id: one search per
    // reference over every node would be 16 million edit distances.
    const nodes = Array.from({ length: 4000 }, (_, i) => ({ id: `node-${String(i).padStart(5, '0')}`, country: 'KZ' }));
    const links = nodes.map((n, i) => ({ id: `l${i}`, from: n.id, to: n.id.replace('node-', 'nod-'), lengthKm: 10 }));
    levenshtein.calls = 0;
    const error = rejected(tinyDataset(nodes, links));
    expect(error.issues).toHaveLength(4000);
    expect(error.issues.every((i) => i.code === 'unknown_node')).toBe(true);
    // The first references still get their suggestion; the search stops at its budget of 20 million
    // character pairs (here 9 × 10 per comparison, so at most 222,222 comparisons).
    expect(error.issues[0]!.message).toContain('did you mean "node-00000"');
    expect(levenshtein.calls).toBeLessThanOrEqual(Math.floor(20_000_000 / 90));
  });

  it('suggests once per distinct unknown id, however many links name it', () => {
    const nodes = Array.from({ length: 2000 }, (_, i) => ({ id: `node-${i}`, country: 'KZ' }));
    const links = nodes.map((n, i) => ({ id: `l${i}`, from: n.id, to: 'node-x', lengthKm: 10 }));
    levenshtein.calls = 0;
    const error = rejected(tinyDataset(nodes, links));
    expect(error.issues).toHaveLength(2000);
    expect(error.issues[1999]!.message).toBe('link "l1999" refers to unknown node "node-x"; did you mean "node-0", "node-1", "node-2", "node-3", "node-4"?');
    expect(levenshtein.calls).toBeLessThanOrEqual(2000);
  });
});
