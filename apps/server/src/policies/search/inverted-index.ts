/** A compact in-memory inverted index: term → (document index, weight) postings. */
export class InvertedIndex {
  private readonly postings = new Map<string, { docs: Int32Array; weights: Float32Array }>();
  private readonly building = new Map<string, number[]>();
  private docCount = 0;
  // scratch space reused by every search (single-threaded: no two searches overlap)
  private scores = new Float64Array(0);
  private hits = new Uint8Array(0);

  /** Adds one document's terms with their weights (the highest weight wins per term). */
  add(doc: number, terms: Map<string, number>): void {
    this.docCount = Math.max(this.docCount, doc + 1);
    for (const [term, weight] of terms) {
      let list = this.building.get(term);
      if (!list) this.building.set(term, (list = []));
      list.push(doc, weight);
    }
  }

  seal(): this {
    for (const [term, list] of this.building) {
      const n = list.length / 2;
      const docs = new Int32Array(n);
      const weights = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        docs[i] = list[2 * i] as number;
        weights[i] = list[2 * i + 1] as number;
      }
      this.postings.set(term, { docs, weights });
    }
    this.building.clear();
    return this;
  }

  /**
   * Documents matching the terms: `hits` distinct terms matched, `score` the idf-weighted sum.
   * Only documents with at least `minHits` matched terms are returned. Accumulates in typed
   * arrays (no per-document objects until the result), since common terms touch most documents.
   */
  search(terms: string[], minHits: number): { doc: number; hits: number; score: number }[] {
    if (this.scores.length < this.docCount) {
      this.scores = new Float64Array(this.docCount);
      this.hits = new Uint8Array(this.docCount);
    }
    const { scores, hits } = this;
    const touched: number[] = [];
    for (const term of new Set(terms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + this.docCount / p.docs.length);
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        if (hits[doc] === 0) touched.push(doc);
        hits[doc] = (hits[doc] as number) + 1;
        scores[doc] = (scores[doc] as number) + (p.weights[i] as number) * idf;
      }
    }
    const out: { doc: number; hits: number; score: number }[] = [];
    for (const doc of touched) {
      const h = hits[doc] as number;
      if (h >= minHits) out.push({ doc, hits: h, score: scores[doc] as number });
      hits[doc] = 0;
      scores[doc] = 0;
    }
    return out;
  }
}
