/**
 * A binary min-heap of search labels `(f, g, hops, node)` on parallel typed arrays, ordered by `f`,
 * then `g`, then `hops`, then node index (internal). Entries are never updated in place: a better label
 * is pushed again and stale entries are skipped by the caller ("lazy deletion").
 *
 * Written here rather than taken from a package because the search needs this exact four-key order
 * (it is what makes the tie rule hold) on typed arrays without per-entry objects.
 */
export class LabelHeap {
  private f = new Float64Array(1024);
  private g = new Float64Array(1024);
  private hops = new Int32Array(1024);
  private node = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(f: number, g: number, hops: number, node: number): void {
    if (this.size === this.f.length) this.grow();
    const F = this.f;
    const G = this.g;
    const H = this.hops;
    const V = this.node;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pf = F[p]!;
      if (pf < f) break;
      if (pf === f) {
        const pg = G[p]!;
        if (pg < g) break;
        if (pg === g) {
          const ph = H[p]!;
          if (ph < hops || (ph === hops && V[p]! < node)) break;
        }
      }
      F[i] = pf;
      G[i] = G[p]!;
      H[i] = H[p]!;
      V[i] = V[p]!;
      i = p;
    }
    F[i] = f;
    G[i] = g;
    H[i] = hops;
    V[i] = node;
  }

  /** Removes the smallest entry; read it first with `topF/topG/topHops/topNode`. */
  pop(): void {
    const last = --this.size;
    if (last === 0) return;
    const F = this.f;
    const G = this.g;
    const H = this.hops;
    const V = this.node;
    const f = F[last]!;
    const g = G[last]!;
    const h = H[last]!;
    const v = V[last]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      const r = c + 1;
      if (r < last && this.before(r, c)) c = r;
      // Stop when the moving label sorts before (or equals) the smaller child.
      const cf = F[c]!;
      if (f < cf) break;
      if (f === cf) {
        const cg = G[c]!;
        if (g < cg) break;
        if (g === cg) {
          const ch = H[c]!;
          if (h < ch || (h === ch && v <= V[c]!)) break;
        }
      }
      F[i] = cf;
      G[i] = G[c]!;
      H[i] = H[c]!;
      V[i] = V[c]!;
      i = c;
    }
    F[i] = f;
    G[i] = g;
    H[i] = h;
    V[i] = v;
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

  /** True when the entry at `i` sorts strictly before the entry at `j`. */
  private before(i: number, j: number): boolean {
    const F = this.f;
    if (F[i] !== F[j]) return F[i]! < F[j]!;
    const G = this.g;
    if (G[i] !== G[j]) return G[i]! < G[j]!;
    const H = this.hops;
    if (H[i] !== H[j]) return H[i]! < H[j]!;
    return this.node[i]! < this.node[j]!;
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
