import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BENCH_COUNTRY_CODES,
  benchGraphToDataset,
  benchToLonLat,
  generateBenchGraph,
} from '../../bench/gen.js';
import { isCountryCode, parseNetwork } from '../../src/index.js';
import { sharedDir } from '../../scripts/shared-dir.js';

const SHARED_GEN = join(sharedDir(), 'bench', 'gen.cjs');
const haveShared = existsSync(SHARED_GEN);

describe('bench/gen.ts reproduces the shared gen.cjs generator', () => {
  if (!haveShared) {
    it.skip(`skipped: ${SHARED_GEN} is missing, so there is nothing to compare the port against`, () => {});
  }
  for (const n of [1000, 5000]) {
    it.skipIf(!haveShared)(`N = ${n}: deep-equal to \`node gen.cjs ${n}\` (floats compared exactly)`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
      try {
        const out = join(dir, `g${n}.json`);
        execFileSync(process.execPath, [SHARED_GEN, String(n), out], { stdio: 'pipe' });
        const expected: unknown = JSON.parse(readFileSync(out, 'utf8'));
        const actual: unknown = JSON.parse(JSON.stringify(generateBenchGraph(n)));
        expect(actual).toEqual(expected);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});

describe('benchGraphToDataset', () => {
  it('maps the 30 country indices to 30 distinct real ISO codes', () => {
    expect(BENCH_COUNTRY_CODES).toHaveLength(30);
    expect(new Set(BENCH_COUNTRY_CODES).size).toBe(30);
    for (const code of BENCH_COUNTRY_CODES) expect(isCountryCode(code)).toBe(true);
  });

  it('maps the [0,1000]² square onto lon 44..55, lat 38..46.9', () => {
    expect(benchToLonLat(0, 0)).toEqual([44, 38]);
    expect(benchToLonLat(1000, 1000)).toEqual([55, 46.9]);
    expect(benchToLonLat(500, 250)[0]).toBeCloseTo(49.5, 12);
    expect(benchToLonLat(500, 250)[1]).toBeCloseTo(40.225, 12);
  });

  it('produces a dataset that parseNetwork accepts (N = 1000)', () => {
    const g = generateBenchGraph(1000);
    const network = parseNetwork(benchGraphToDataset(g), { checkNodeCountries: false });
    expect(network.nodes.size).toBe(g.n);
    // One generator unit is at most ~1 km on the ground, so no length falls below the great circle.
    expect(network.warnings).toEqual([]);
    expect(network.links.size).toBe(g.m);
    const e0 = network.links.get('e0');
    expect(e0?.from).toBe(`n${g.u[0]}`);
    expect(e0?.to).toBe(`n${g.v[0]}`);
    expect(e0?.lengthKm).toBe(g.w[0]);
    expect(e0?.capacity).toEqual({ value: g.cap[0], unit: 'Mt/yr' });
  });
});
