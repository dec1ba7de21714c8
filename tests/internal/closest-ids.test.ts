import { describe, expect, it } from 'vitest';
import { closestIds, MAX_SUGGESTED_ID_LENGTH, suggestionBudget } from '../../src/internal/closest-ids.js';

/** 1,000 ids of 64 characters (the longest the schema accepts). */
const longIds = Array.from({ length: 1000 }, (_, i) => `${String(i).padStart(4, '0')}-${'x'.repeat(59)}`);

/** Work of one search, in character pairs, read from a budget large enough never to run out. */
function workOf(wanted: string, candidates: readonly string[]): number {
  const budget = suggestionBudget(Number.MAX_SAFE_INTEGER);
  closestIds(wanted, candidates, 5, budget);
  return budget.spent;
}

describe('closestIds', () => {
  it('suggests close ids, prefixes first, ties by id', () => {
    expect(closestIds('tengis', ['tengiz', 'trieste', 'aktau'])).toEqual(['tengiz']);
    expect(closestIds('baku', ['baku-supsa', 'baku-novorossiysk', 'batumi'])).toEqual(['baku-novorossiysk', 'baku-supsa']);
    expect(closestIds('Aktau', ['aktau', 'aktau-baku'])).toEqual(['aktau', 'aktau-baku']);
  });

  it('does no fuzzy search for ids longer than the schema allows (counted in character pairs)', () => {
    expect(MAX_SUGGESTED_ID_LENGTH).toBe(64);
    expect(workOf('x'.repeat(65), longIds)).toBe(0);
    expect(workOf('x'.repeat(1_000_000), longIds)).toBe(0);
    expect(closestIds('x'.repeat(1_000_000), longIds)).toEqual([]);
  });

  it('costs at most 64 × 64 character pairs per candidate, whatever the typo', () => {
    const at64 = workOf(`0001-${'x'.repeat(58)}y`, longIds);
    expect(at64).toBe(1000 * 64 * 64);
    for (const length of [65, 1000, 100_000]) expect(workOf('y'.repeat(length), longIds)).toBe(0);
    expect(closestIds(`0001-${'x'.repeat(58)}y`, longIds)[0]).toBe(longIds[1]);
  });

  it('stops with no suggestion once a shared budget is spent', () => {
    const budget = suggestionBudget(1000 * 64 * 64 + 10);
    expect(closestIds(longIds[3]!.toUpperCase(), longIds, 5, budget)[0]).toBe(longIds[3]);
    expect(closestIds(longIds[4]!, longIds, 5, budget)).toEqual([]);
    expect(budget.spent).toBe(budget.limit);
    expect(closestIds(longIds[5]!, longIds, 5, budget)).toEqual([]);
  });
});
