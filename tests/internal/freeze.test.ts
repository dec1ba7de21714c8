import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/freeze.js';

describe('deepFreeze', () => {
  it('freezes a value nested 200,000 levels deep without overflowing the stack', () => {
    const root: { next?: unknown } = {};
    let cursor = root;
    for (let i = 0; i < 200_000; i++) {
      const next = {};
      cursor.next = next;
      cursor = next;
    }
    expect(deepFreeze(root)).toBe(root);
    expect(Object.isFrozen(cursor)).toBe(true);
  });

  it('freezes arrays and shared or cyclic references once', () => {
    const shared = { a: [1, { b: 2 }] };
    const value: Record<string, unknown> = { x: shared, y: shared };
    value['self'] = value;
    deepFreeze(value);
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.isFrozen((shared.a[1] as object))).toBe(true);
  });
});
