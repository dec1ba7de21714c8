/**
 * The NetworkX oracle fixtures (`fixtures.json`, written by `generate_fixtures.py`) and their types,
 * shared by the sanity test and the comparison test.
 */
import { readFileSync } from 'node:fs';

export interface FixtureNode {
  id: string;
  country: string;
}
export interface FixtureLink {
  id: string;
  from: string;
  to: string;
  direction: 'forward' | 'both';
  lengthKm: number;
  capacity: number | null;
  transitCountries: string[];
}
export type FixtureQuery =
  | { kind: 'maxflow'; sources: string[]; sinks: string[]; value: number; minCutCapacity: number }
  | { kind: 'kshortest'; origin: string; destination: string; k: number; costs: number[] }
  | {
      kind: 'disconnects';
      origin: string;
      destination: string;
      removeNodes: string[];
      removeCountries: string[];
      disconnected: boolean;
    };
export interface FixtureCase {
  id: string;
  nodes: FixtureNode[];
  links: FixtureLink[];
  queries: FixtureQuery[];
}
export interface Fixtures {
  seed: number;
  networkx: string;
  countries: string[];
  cases: FixtureCase[];
}

/** Reads `fixtures.json`. */
export function loadFixtures(): Fixtures {
  return JSON.parse(readFileSync(new URL('./fixtures.json', import.meta.url), 'utf8')) as Fixtures;
}
