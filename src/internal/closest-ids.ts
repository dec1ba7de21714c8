import { distance } from 'fastest-levenshtein';

/**
 * Ids longer than this get no suggestions (and candidates longer than this are never suggested): 64
 * characters, the longest id the schema accepts (`slugSchema`), so a longer string cannot be a typo of
 * an id and is not worth an edit-distance search.
 */
export const MAX_SUGGESTED_ID_LENGTH = 64;

/**
 * Work allowance shared by several {@link closestIds} calls, in character pairs: comparing a wanted id
 * of length a with a candidate of length b costs max(1, a × b), the size of the edit-distance table
 * (so at most 64 × 64 per candidate). `spent` counts what was used; once `limit` would be passed, the
 * calls return no suggestions.
 */
export interface SuggestionBudget {
  readonly limit: number;
  spent: number;
}

/**
 * A budget for the suggestions of one validation or one scenario (internal): 20 million character
 * pairs, e.g. 5,000 comparisons of 64-character ids or 200,000 of 10-character ones, a few tenths of a
 * second at most. Unknown references past it get no suggestion.
 */
export function suggestionBudget(limit = 20_000_000): SuggestionBudget {
  return { limit, spent: 0 };
}

/**
 * The ids in `candidates` closest to `wanted` by Levenshtein edit distance (case-insensitive), at most
 * `limit` of them and only those within a third of the wanted id's length (at least 2 edits), best first; ties by id order.
 * Used to suggest ids in "unknown node/link" errors.
 *
 * The work is bounded: `wanted` longer than {@link MAX_SUGGESTED_ID_LENGTH} gets `[]` at once, and each
 * candidate costs at most 64 × 64 character pairs, so the cost does not grow with the length of the
 * typo. With a `budget`, the cost is charged to it and `[]` is returned (without finishing the scan)
 * when the budget would be exceeded.
 */
export function closestIds(wanted: string, candidates: Iterable<string>, limit = 5, budget?: SuggestionBudget): string[] {
  if (wanted.length > MAX_SUGGESTED_ID_LENGTH || wanted.length === 0) return [];
  const needle = wanted.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  const scored: { id: string; d: number }[] = [];
  for (const id of candidates) {
    if (id.length > MAX_SUGGESTED_ID_LENGTH) continue;
    if (budget !== undefined) {
      const cost = Math.max(1, needle.length * id.length);
      if (budget.spent + cost > budget.limit) {
        budget.spent = budget.limit;
        return [];
      }
      budget.spent += cost;
    }
    const hay = id.toLowerCase();
    // A prefix or substring match ("baku" for "baku-supsa") is a strong hint even when long.
    if (hay.includes(needle) || needle.includes(hay)) {
      scored.push({ id, d: hay === needle ? 0 : 1 });
      continue;
    }
    // The edit distance is at least the difference in length: skip the table when that is too far.
    if (Math.abs(hay.length - needle.length) > maxDistance) continue;
    const d = distance(needle, hay);
    if (d <= maxDistance) scored.push({ id, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}
