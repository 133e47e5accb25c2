/** A compact in-memory inverted index: term → (document index, weight) postings. */
export class InvertedIndex {
  private readonly postings = new Map<string, { docs: Int32Array; weights: Float32Array }>();
  private readonly building = new Map<string, number[]>();
  private docCount = 0;

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
   * Only documents with at least `minHits` matched terms are returned.
   */
  search(terms: string[], minHits: number): { doc: number; hits: number; score: number }[] {
    const hits = new Map<number, { hits: number; score: number }>();
    for (const term of terms) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + this.docCount / p.docs.length);
      for (let i = 0; i < p.docs.length; i++) {
        const doc = p.docs[i] as number;
        const entry = hits.get(doc);
        const add = (p.weights[i] as number) * idf;
        if (entry) {
          entry.hits++;
          entry.score += add;
        } else hits.set(doc, { hits: 1, score: add });
      }
    }
    const out: { doc: number; hits: number; score: number }[] = [];
    for (const [doc, h] of hits) if (h.hits >= minHits) out.push({ doc, ...h });
    return out;
  }
}
