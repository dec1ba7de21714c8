import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aroundPoint, labelBox, LabelPlacer } from '../../../src/export/map/labels.js';
import { offsetLine } from '../../../src/export/map/screen.js';
import { boxesOverlap, textBox, textWidthPx, wrapText } from '../../../src/export/map/text.js';

describe('label placement', () => {
  it('never places two labels that overlap, nor one outside the frame, whatever the points (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double({ min: -20, max: 420, noNaN: true }), y: fc.double({ min: -20, max: 320, noNaN: true }), text: fc.string({ minLength: 1, maxLength: 20 }) }), { maxLength: 60 }),
        (points) => {
          const placer = new LabelPlacer([0, 0, 400, 300]);
          for (const p of points) placer.place(p.text, aroundPoint(p.x, p.y, 3, 10), { fontSizePx: 10 });
          const boxes = placer.labels.map((l) => l.box);
          for (const b of boxes) expect(b[0] >= 0 && b[1] >= 0 && b[2] <= 400 && b[3] <= 300).toBe(true);
          for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps labels off obstacles other than their own marker when asked', () => {
    const marker: [number, number, number, number] = [97, 97, 103, 103];
    const other: [number, number, number, number] = [104, 90, 200, 110];
    const placer = new LabelPlacer([0, 0, 300, 300], [marker, other]);
    const label = placer.place('Baku', aroundPoint(100, 100, 3, 10), { fontSizePx: 10 }, { avoidObstacles: true, ownObstacle: marker })!;
    expect(boxesOverlap(label.box, other)).toBe(false);
    expect(label.anchor).toBe('end'); // the right-hand spot is taken, so the name goes left
  });

  it('boxes a two-line label as the union of its lines', () => {
    const box = labelBox('Caspian\nSea', 50, 50, 'middle', 10);
    const first = textBox('Caspian', 50, 50, 'middle', 10);
    const second = textBox('Sea', 50, 61, 'middle', 10);
    expect(box).toEqual([first[0], first[1], first[2], second[3]]);
  });
});

describe('text measures', () => {
  it('estimates wider text for more or wider letters, and bold wider than regular', () => {
    expect(textWidthPx('', 10)).toBe(0);
    expect(textWidthPx('WWW', 10)).toBeGreaterThan(textWidthPx('iii', 10));
    expect(textWidthPx('Baku', 10, true)).toBeGreaterThan(textWidthPx('Baku', 10));
    expect(textWidthPx('Baku', 20)).toBeCloseTo(2 * textWidthPx('Baku', 10), 9);
  });

  it('wraps words into lines no wider than asked (a longer single word alone on its line)', () => {
    const lines = wrapText('Made with Natural Earth, via world-atlas · Global Energy Monitor', 100, 9);
    expect(lines.join(' ')).toBe('Made with Natural Earth, via world-atlas · Global Energy Monitor');
    for (const line of lines) expect(textWidthPx(line, 9) <= 100 || !line.includes(' ')).toBe(true);
  });
});

describe('offset lines', () => {
  it('moves a straight line sideways by the offset, to the left of travel for a positive offset', () => {
    const moved = offsetLine([[0, 0], [10, 0], [20, 0]], 3);
    for (const [, y] of moved) expect(y).toBeCloseTo(-3, 9);
    expect(offsetLine([[0, 0], [0, 10]], 2).map((p) => p[0])).toEqual([2, 2]);
  });
});
