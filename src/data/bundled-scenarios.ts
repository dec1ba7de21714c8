import { type Scenario, scenarioSchema } from '../model/scenario.js';
import { scenariosJsonText } from './scenarios-json.js';

/**
 * The named scenarios shipped with the bundled dataset (`data/scenarios.json`), each with its sources:
 *
 * - `cpc-terminal-2022`: the CPC marine terminal loading through one of its three single-point
 *   moorings (March–April and August 2022); terminal capacity × 1/3;
 * - `sanctions-avoid-russia`: no node in Russia and no link crossing it (a stress test);
 * - `baku-supsa-shutdown`: the Western Route Export Pipeline and Supsa closed (2022);
 * - `trans-caspian-gas-built`: the planned Trans-Caspian gas pipeline in service;
 * - `zangezur-open`: Horadiz–Aghband, the TRIPP section through Armenia and Kars–Nakhchivan in service.
 *
 * Source: `data/scenarios.json`, built by `scripts/build-data.ts` from cited events and plans (Interfax,
 * TASS, Sea News, W-Stream Caspian, Global Energy Monitor, Trend, Railway Gazette, …).
 *
 * Parsed and validated on each call (not when the package is imported).
 *
 * @returns new scenario objects (validated against `scenarioSchema`), in the order above.
 * @example
 * ```ts
 * const rows = compareScenarios(loadCorridorNetwork(), corridorScenarios(), queries);
 * ```
 */
export function corridorScenarios(): Scenario[] {
  const document = JSON.parse(scenariosJsonText()) as { scenarios: unknown[] };
  return document.scenarios.map((scenario) => scenarioSchema.parse(scenario));
}
