/**
 * Named scenarios shipped with the dataset (`data/scenarios.json`), authored with citation keys of
 * `SOURCES`. Each stands for an event or a plan in the research notes; the description says what it
 * models and how the figures were chosen.
 */
import type { SourceRef } from './types.js';

/** A scenario as authored: `sources` are citation keys; the other keys are those of `scenarioSchema`. */
export interface ScenarioInput {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sources: readonly SourceRef[];
  readonly closedLinks?: readonly string[];
  readonly closedNodes?: readonly string[];
  readonly avoidCountries?: readonly string[];
  readonly statuses?: readonly string[];
  readonly commissionLinks?: readonly string[];
  readonly derate?: Readonly<Record<string, number>>;
}

export const SCENARIOS: readonly ScenarioInput[] = [
  {
    id: 'cpc-terminal-2022',
    name: 'CPC terminal on one single-point mooring (2022)',
    description:
      'The CPC marine terminal loads through one of its three single-point moorings, as from 28 March to 23 April 2022 after storm damage to SPM-3 (and again in August 2022 when cracks were found on SPM-1 and SPM-2). Modelled as the terminal’s loading capacity scaled by 1/3 (one mooring of three, assuming equal moorings; the Kazakh energy ministry put the possible loss at about 320,000 bbl/d).',
    sources: [
      { key: 'INTERFAX-2022-03-22', note: 'damage to SPM-3 found after storms; loading halted on 23 March 2022' },
      { key: 'INTERFAX-2022-04-20', note: 'intake resumed at minimum rate with loading via SPM-1 only; possible loss ~320,000 bbl/d' },
      { key: 'INTERFAX-2022-04-25', note: 'SPM-3 recommissioned 23 April; normal two-SPM operation restored' },
      { key: 'TASS-2022-08-22', note: 'August 2022: cracks on SPM-1 and SPM-2, loading via SPM-3 only' },
    ],
    derate: { 'cpc-marine-terminal': 1 / 3 },
  },
  {
    id: 'sanctions-avoid-russia',
    name: 'Sanctions stress test: no route through Russia',
    description:
      'Every node in Russia and every link crossing it is unusable: CPC, Atyrau–Samara, Baku–Novorossiysk, the Transneft lines and the Caspian tanker lane to Makhachkala. A stress test of the dependence on Russia, not current policy (Kazakh CPC crude is not sanctioned, but EU measures from December 2022 delayed its tankers at the Bosporus and Kazakhstan has been raising the volumes that bypass Russia).',
    sources: [
      { key: 'DEVDISCOURSE-2022', note: 'tankers of Kazakh CPC crude delayed at the Bosporus after the 5 December 2022 EU measures' },
      { key: 'POLITICO-2022', note: 'tanker pile-up at the exit of the Black Sea, December 2022' },
      { key: 'REUTERS-MS-2024', note: 'exports bypassing Russian ports: 3.73 Mt in 2023, about 5 % of exports' },
    ],
    avoidCountries: ['RU'],
  },
  {
    id: 'baku-supsa-shutdown',
    name: 'Baku–Supsa pipeline shut (2022)',
    description:
      'The Western Route Export Pipeline and the Supsa terminal are closed, as from May 2022 (after closures in March–April). The dataset already marks the pipeline idle, so this scenario changes results only for queries that admit idle links (standby capacity), as example 02 does.',
    sources: [
      { key: 'SEANEWS-2023', note: 'flows halted temporarily in March and permanently in May 2022; brief restart in February 2023' },
      { key: 'MWM-2022', note: 'closures 15 March – end of April, May and June 2022' },
    ],
    closedLinks: ['baku-supsa', 'supsa-bosporus'],
    closedNodes: ['supsa'],
  },
  {
    id: 'trans-caspian-gas-built',
    name: 'Trans-Caspian gas pipeline built',
    description:
      'The planned subsea pipeline (about 300 km offshore) from Belek on the Turkmen coast, the end of the East–West pipeline from Galkynysh, to Sangachal is in service with the developer’s capacity (32 bcm/yr; GEM gives 16 bcm/yr), feeding SCP, TANAP and TAP. Turkmen gas to Italy then runs galkynysh → belek → sangachal → turkgozu → kipoi → melendugno, bounded by TAP (11.2 bcm/yr) and by whatever SCP and TANAP capacity Azerbaijani gas leaves free.',
    sources: [
      { key: 'WSTREAM-TCP', note: 'developer’s plan of work: 32 bcm/yr, 8 bcm/yr of early gas' },
      { key: 'GEM-TCP', note: 'status proposed; 16 bcm/yr' },
      { key: 'REUTERS-EW', note: 'East–West pipeline from Galkynysh to Belek on the Caspian coast, completed December 2015' },
    ],
    commissionLinks: ['trans-caspian-gas'],
  },
  {
    id: 'rasht-astara-built',
    name: 'Rasht–Astara railway built (North–South corridor missing link)',
    description:
      'The planned 162 km Rasht–Astara (Iran) railway is in service, joining Iran’s standard-gauge network at Rasht to the Azerbaijani broad-gauge line at Astara (break of gauge at Astara, time not published). Construction was announced to start after Novruz 2026, with completion about three years after the contract (2023 target: 2028).',
    sources: [
      { key: 'MEHR-RASHT-2026', note: '162 km; operation in less than three years after the contract' },
      { key: 'VESTIKAVKAZA-RASHT-2025', note: 'construction to begin in the second half of March 2026' },
      { key: 'TASS-RASHT-2025', note: 'contract with Russia to be finalised; about €1.6 billion' },
    ],
    commissionLinks: ['rasht-astara-ir'],
  },
  {
    id: 'zangezur-open',
    name: 'Zangezur corridor opened (Horadiz–Aghband, TRIPP through Armenia, Kars–Nakhchivan)',
    description:
      'The rail links under construction or planned between mainland Azerbaijan, Nakhchivan and Kars are in service: Horadiz–Aghband (70 % built in February 2026, completion planned for the end of 2026), the 42 km TRIPP section through Armenia (framework agreed January 2026, construction planned from the second half of 2026) and Kars–Iğdır–Dilucu–Nakhchivan (construction started August 2025, service expected 2029). All three carry rail freight in general, containers included, so China–Europe containers landed at Alat can reach Kars and the Turkish network without crossing Georgia (through Armenia instead). The commissioned links have no moving time (none is published for lines not yet built), and the break of gauge between the broad-gauge Nakhchivan network and the standard-gauge Kars line is not located in the sources.',
    sources: [
      { key: 'REPORT-HORADIZ-2026', note: 'Horadiz–Aghband: construction 70 % complete (February 2026)' },
      { key: 'TREND-HORADIZ-2025', note: 'Horadiz–Aghband 67 % built (September 2025), up to 15 Mt/yr' },
      { key: 'MENAFN-NABIYEV-2025', note: 'completion timeframe of Horadiz–Aghband; Nakhchivan section to be restored' },
      { key: 'RAILGAZETTE-TRIPP', note: 'Armenia–USA plan for the TRIPP corridor: 42 km in Armenia' },
      { key: 'SHOPINK-KARS', note: 'Kars–Iğdır–Dilucu railway, 224 km, 15 Mt/yr' },
      { key: 'NEWSAZ-KARS-2025', note: 'Kars–Iğdır–Aralık–Dilucu construction ceremony, 22 August 2025' },
    ],
    commissionLinks: ['horadiz-aghband', 'zangezur-tripp', 'kars-nakhchivan'],
  },
];
