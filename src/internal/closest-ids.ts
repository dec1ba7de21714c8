import { distance } from 'fastest-levenshtein';

/**
 * The ids in `candidates` closest to `wanted` by Levenshtein edit distance (case-insensitive), at most
 * `limit` of them and only those within a third of the wanted id's length (at least 2 edits), best first; ties by id order.
 * Used to suggest ids in "unknown node/link" errors.
 */
export function closestIds(wanted: string, candidates: Iterable<string>, limit = 5): string[] {
  const needle = wanted.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(needle.length / 3));
  const scored: { id: string; d: number }[] = [];
  for (const id of candidates) {
    const hay = id.toLowerCase();
    let d = distance(needle, hay);
    // A prefix or substring match ("baku" for "baku-supsa") is a strong hint even when long.
    if (hay.includes(needle) || needle.includes(hay)) d = Math.min(d, 1);
    if (d <= maxDistance) scored.push({ id, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.id);
}
