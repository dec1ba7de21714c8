/**
 * A binary min-heap of search labels `(f, g, hops, node)` on parallel typed arrays, ordered by `f`,
 * then `g`, then `hops`, then node index (internal). Entries are never updated in place: a better label
 * is pushed again and stale entries are skipped by the caller ("lazy deletion").
 *
 * Written here rather than taken from a package because the search needs this exact four-key order
 * (it is what makes the tie rule hold) on typed arrays without per-entry objects.
 */
export class LabelHeap {
  private f = new Float64Array(64);
  private g = new Float64Array(64);
  private hops = new Int32Array(64);
  private node = new Int32Array(64);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(f: number, g: number, hops: number, node: number): void {
    if (this.size === this.f.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(f, g, hops, node, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.f[i] = f;
    this.g[i] = g;
    this.hops[i] = hops;
    this.node[i] = node;
  }

  /** Removes the smallest entry; read it first with `topF/topG/topHops/topNode`. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    const f = this.f[last]!;
    const g = this.g[last]!;
    const hops = this.hops[last]!;
    const node = this.node[last]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.lessAt(child + 1, child)) child += 1;
      if (!this.less(this.f[child]!, this.g[child]!, this.hops[child]!, this.node[child]!, -1, f, g, hops, node)) break;
      this.move(child, i);
      i = child;
    }
    this.f[i] = f;
    this.g[i] = g;
    this.hops[i] = hops;
    this.node[i] = node;
  }

  get topF(): number {
    return this.f[0]!;
  }
  get topG(): number {
    return this.g[0]!;
  }
  get topHops(): number {
    return this.hops[0]!;
  }
  get topNode(): number {
    return this.node[0]!;
  }

  /** True when label (f, g, hops, node) sorts before the entry at `at`, or before the given label. */
  private less(
    f: number,
    g: number,
    hops: number,
    node: number,
    at: number,
    f2 = this.f[at]!,
    g2 = this.g[at]!,
    hops2 = this.hops[at]!,
    node2 = this.node[at]!,
  ): boolean {
    if (f !== f2) return f < f2;
    if (g !== g2) return g < g2;
    if (hops !== hops2) return hops < hops2;
    return node < node2;
  }

  private lessAt(i: number, j: number): boolean {
    return this.less(this.f[i]!, this.g[i]!, this.hops[i]!, this.node[i]!, j);
  }

  private move(from: number, to: number): void {
    this.f[to] = this.f[from]!;
    this.g[to] = this.g[from]!;
    this.hops[to] = this.hops[from]!;
    this.node[to] = this.node[from]!;
  }

  private grow(): void {
    const size = this.f.length * 2;
    const f = new Float64Array(size);
    f.set(this.f);
    this.f = f;
    const g = new Float64Array(size);
    g.set(this.g);
    this.g = g;
    const hops = new Int32Array(size);
    hops.set(this.hops);
    this.hops = hops;
    const node = new Int32Array(size);
    node.set(this.node);
    this.node = node;
  }
}
