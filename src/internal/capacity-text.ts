import type { Capacity } from '../model/capacity.js';

/** A capacity as text for tables and maps: `1.2 Mbbl/d`, `unlimited`, several figures joined by `; `, or null when unknown (internal). */
export function capacityText(capacity: Capacity | undefined): string | null {
  if (capacity === undefined) return null;
  if ('unlimited' in capacity) return 'unlimited';
  const entries = Array.isArray(capacity) ? capacity : [capacity];
  return entries.map((c) => `${c.value} ${c.unit}${c.commodities ? ` (${c.commodities.join(', ')})` : ''}`).join('; ');
}
