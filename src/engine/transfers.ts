import { COMMODITIES, type Commodity } from '../model/commodity.js';
import type { DwellTrigger } from '../model/dwell.js';
import { MODES, type Mode } from '../model/mode.js';
import type { DwellDefaults } from './constraints.js';
import type { Topology } from './topology.js';

/** What the nodes add to a route: dwell `hours`, or handling `costUsdPerTonne`. */
export type DwellQuantity = 'hours' | 'costUsdPerTonne';

/** One dwell entry charged at a node on a route (internal; routes report it). */
export interface ChargedDwell {
  readonly trigger: DwellTrigger;
  readonly activity: string;
  /** The amount charged (hours or USD per tonne, as the model's quantity). */
  readonly amount: number;
  /** True when the node has no entry for this transfer and the default was charged. */
  readonly assumed: boolean;
}

/** What happens at one node between an arriving and a leaving link (internal). */
export interface TransferAtNode {
  readonly modeChange: boolean;
  readonly gaugeChange: boolean;
  readonly charged: readonly ChargedDwell[];
  /** Total charged (the sum of `charged`). */
  readonly total: number;
}

const TRIGGER_CODE = { 'gauge-change': 0, 'mode-change': 1, passage: 2 } as const;
const TRIGGERS: readonly DwellTrigger[] = ['gauge-change', 'mode-change', 'passage'];
const ALL_COMMODITIES = (1 << COMMODITIES.length) - 1;

/**
 * The cost a route pays at a node for passing through it, by the arriving and the leaving arc
 * (internal): the node's dwell entries (see `DwellEntry`) that the pair triggers — `gauge-change` when
 * both are rail links whose `gaugeMm` differ, `mode-change` when their modes differ (and match the
 * entry's `modes`, if it names them), `passage` always — for the search space's commodity. A change of
 * mode or gauge that no entry of the node covers is charged the default of its trigger (hours only;
 * see {@link DwellDefaults}) and flagged `assumed`. Never charged at a route's origin or destination.
 *
 * Without a commodity, each commodity both links carry is costed separately and the largest total is
 * charged (the cost of the most demanding load the two links could share); when they share none,
 * every commodity is considered.
 *
 * Entries are held on typed arrays, per node in CSR order, so that the search's hot loop reads numbers.
 */
export class TransferModel {
  private readonly entryStart: Int32Array;
  private readonly entryTrigger: Uint8Array;
  /** Bit mask of the two modes an entry names (0 = any change of mode). */
  private readonly entryModes: Uint8Array;
  private readonly entryCommodities: Int32Array;
  private readonly entryValue: Float64Array;
  private readonly entryActivity: string[];
  private readonly linkCommodities: Int32Array;
  private readonly commodityMask: number;
  /** Hours charged for a change of mode / gauge with no entry (0 for costs). */
  readonly defaultModeChange: number;
  readonly defaultGaugeChange: number;

  constructor(
    private readonly topology: Topology,
    readonly quantity: DwellQuantity,
    commodity: Commodity | null,
    defaults: DwellDefaults,
  ) {
    const { nodes, links } = topology;
    const start = new Int32Array(nodes.length + 1);
    const trigger: number[] = [];
    const modes: number[] = [];
    const commodities: number[] = [];
    const value: number[] = [];
    const activity: string[] = [];
    const modeBits = (list: readonly Mode[] | undefined) => (list === undefined ? 0 : list.reduce((m, mode) => m | (1 << MODES.indexOf(mode)), 0));
    nodes.forEach((node, v) => {
      for (const entry of node.dwell ?? []) {
        const amount = quantity === 'hours' ? entry.hours : entry.costUsdPerTonne;
        if (amount === undefined) continue;
        trigger.push(TRIGGER_CODE[entry.trigger]);
        modes.push(modeBits(entry.modes));
        commodities.push(entry.commodities.reduce((m, c) => m | (1 << COMMODITIES.indexOf(c)), 0));
        value.push(amount);
        activity.push(entry.activity);
      }
      start[v + 1] = trigger.length;
    });
    this.entryStart = start;
    this.entryTrigger = Uint8Array.from(trigger);
    this.entryModes = Uint8Array.from(modes);
    this.entryCommodities = Int32Array.from(commodities);
    this.entryValue = Float64Array.from(value);
    this.entryActivity = activity;
    this.linkCommodities = Int32Array.from(links.map((l) => l.commodities.reduce((m, c) => m | (1 << COMMODITIES.indexOf(c)), 0)));
    this.commodityMask = commodity === null ? 0 : 1 << COMMODITIES.indexOf(commodity);
    const median = (code: number) => {
      const mask = this.commodityMask === 0 ? ALL_COMMODITIES : this.commodityMask;
      const values = value.filter((_, i) => trigger[i] === code && (commodities[i]! & mask) !== 0).sort((a, b) => a - b);
      if (values.length === 0) return 0;
      const mid = values.length >> 1;
      return values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    };
    this.defaultModeChange = quantity !== 'hours' ? 0 : (defaults.modeChangeHours ?? median(TRIGGER_CODE['mode-change']));
    this.defaultGaugeChange = quantity !== 'hours' ? 0 : (defaults.gaugeChangeHours ?? median(TRIGGER_CODE['gauge-change']));
  }

  /** Cost at node `v` between arc `a` (arriving) and arc `b` (leaving); 0 where nothing applies. */
  cost(v: number, a: number, b: number): number {
    const { topology } = this;
    if (topology.nodeTransfer[v] === 0) return 0;
    const la = topology.arcLink[a]!;
    const lb = topology.arcLink[b]!;
    const modeA = topology.linkMode[la]!;
    const modeB = topology.linkMode[lb]!;
    const modeChange = modeA !== modeB;
    const ga = topology.linkGauge[la]!;
    const gb = topology.linkGauge[lb]!;
    const gaugeChange = !modeChange && ga !== 0 && gb !== 0 && ga !== gb && MODES[modeA] === 'rail';
    const pairModes = (1 << modeA) | (1 << modeB);
    if (this.commodityMask !== 0) return this.total(v, this.commodityMask, modeChange, gaugeChange, pairModes);
    let shared = this.linkCommodities[la]! & this.linkCommodities[lb]!;
    if (shared === 0) shared = ALL_COMMODITIES;
    let best = 0;
    for (let c = 0; c < COMMODITIES.length; c++) {
      const bit = 1 << c;
      if ((shared & bit) === 0) continue;
      const t = this.total(v, bit, modeChange, gaugeChange, pairModes);
      if (t > best) best = t;
    }
    return best;
  }

  private total(v: number, mask: number, modeChange: boolean, gaugeChange: boolean, pairModes: number): number {
    let sum = 0;
    let modeCovered = false;
    let gaugeCovered = false;
    for (let e = this.entryStart[v]!; e < this.entryStart[v + 1]!; e++) {
      if ((this.entryCommodities[e]! & mask) === 0) continue;
      const t = this.entryTrigger[e]!;
      if (t === 2) sum += this.entryValue[e]!;
      else if (t === 0) {
        if (gaugeChange) {
          sum += this.entryValue[e]!;
          gaugeCovered = true;
        }
      } else if (modeChange) {
        const m = this.entryModes[e]!;
        if (m === 0 || m === pairModes) {
          sum += this.entryValue[e]!;
          modeCovered = true;
        }
      }
    }
    if (modeChange && !modeCovered) sum += this.defaultModeChange;
    if (gaugeChange && !gaugeCovered) sum += this.defaultGaugeChange;
    return sum;
  }

  /**
   * The details of {@link cost} at node `v` between arcs `a` and `b`: which entries were charged and
   * which defaults assumed (for the commodity that gives the largest total when the space has none).
   */
  explain(v: number, a: number, b: number): TransferAtNode {
    const { topology } = this;
    const la = topology.arcLink[a]!;
    const lb = topology.arcLink[b]!;
    const modeA = topology.linkMode[la]!;
    const modeB = topology.linkMode[lb]!;
    const modeChange = modeA !== modeB;
    const ga = topology.linkGauge[la]!;
    const gb = topology.linkGauge[lb]!;
    const gaugeChange = !modeChange && ga !== 0 && gb !== 0 && ga !== gb && MODES[modeA] === 'rail';
    const pairModes = (1 << modeA) | (1 << modeB);
    let mask = this.commodityMask;
    if (mask === 0) {
      let shared = this.linkCommodities[la]! & this.linkCommodities[lb]!;
      if (shared === 0) shared = ALL_COMMODITIES;
      let best = -1;
      for (let c = 0; c < COMMODITIES.length; c++) {
        const bit = 1 << c;
        if ((shared & bit) === 0) continue;
        const t = this.total(v, bit, modeChange, gaugeChange, pairModes);
        if (t > best) {
          best = t;
          mask = bit;
        }
      }
    }
    const charged: ChargedDwell[] = [];
    let modeCovered = false;
    let gaugeCovered = false;
    for (let e = this.entryStart[v]!; e < this.entryStart[v + 1]!; e++) {
      if ((this.entryCommodities[e]! & mask) === 0) continue;
      const t = this.entryTrigger[e]!;
      const applies = t === 2 || (t === 0 && gaugeChange) || (t === 1 && modeChange && (this.entryModes[e] === 0 || this.entryModes[e] === pairModes));
      if (!applies) continue;
      if (t === 0) gaugeCovered = true;
      if (t === 1) modeCovered = true;
      charged.push({ trigger: TRIGGERS[t]!, activity: this.entryActivity[e]!, amount: this.entryValue[e]!, assumed: false });
    }
    if (modeChange && !modeCovered && this.quantity === 'hours') {
      charged.push({ trigger: 'mode-change', activity: `change of mode (${MODES[modeA]} to ${MODES[modeB]}) without dwell data: default assumed`, amount: this.defaultModeChange, assumed: true });
    }
    if (gaugeChange && !gaugeCovered && this.quantity === 'hours') {
      charged.push({ trigger: 'gauge-change', activity: `change of gauge (${ga} to ${gb} mm) without dwell data: default assumed`, amount: this.defaultGaugeChange, assumed: true });
    }
    return { modeChange, gaugeChange, charged, total: charged.reduce((s, c) => s + c.amount, 0) };
  }
}
