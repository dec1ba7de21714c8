/**
 * Freezes `value` and every object or array reachable from it; returns it. Iterative, so the stack
 * does not grow with the depth of `value`; an object reached twice (or already frozen) is not walked
 * again.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  const pending: object[] = [value];
  while (pending.length > 0) {
    const object = pending.pop()!;
    for (const key of Object.keys(object)) {
      const inner = (object as Record<string, unknown>)[key];
      if (inner !== null && typeof inner === 'object' && !Object.isFrozen(inner)) {
        Object.freeze(inner);
        pending.push(inner);
      }
    }
  }
  return value;
}

/**
 * Freezes a validated node or link record and what it holds (sources, lists, capacity, geometry),
 * one level at a time without the generic walk of {@link deepFreeze}: records are many (hundreds
 * of thousands in large networks) and their shape is known. `meta` (free-form) is frozen deeply.
 */
export function freezeRecord<T extends object>(record: T): T {
  const r = record as Record<string, unknown>;
  for (const key in r) {
    const value = r[key];
    if (value === null || typeof value !== 'object') continue;
    if (key === 'meta' || key === 'capacity') {
      deepFreeze(value);
    } else if (key === 'geometry') {
      const coordinates = (value as { coordinates: unknown[] }).coordinates;
      for (const position of coordinates) Object.freeze(position);
      Object.freeze(coordinates);
      Object.freeze(value);
    } else if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') Object.freeze(item);
      Object.freeze(value);
    } else {
      for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') Object.freeze(inner);
      Object.freeze(value);
    }
  }
  return Object.freeze(record);
}
