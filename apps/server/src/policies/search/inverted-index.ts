/** Per matched term in a search accumulator; scores stay far below it. */
const HIT = 2 ** 20;

/** A compact in-memory inverted index: term → (document index, weight) postings. */
export class InvertedIndex {
  private readonly postings = new Map<string, { docs: Int32Array; weights: Float32Array }>();
  private readonly building = new Map<string, number[]>();
  private docCount = 0;
  // scratch space reused by every search (single-threaded: no two searches overlap)
  private scores = new Float64Array(0);
  private touched = new Int32Array(0);
  private out: Matches = { count: 0, docs: new Int32Array(0), hits: new Uint8Array(0), scores: new Float64Array(0) };

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
   * Documents matching at least `minHits` of the terms, with `hits` (distinct terms matched) and
   * `score` (the idf-weighted sum). Accumulates in typed arrays and answers in reused ones: common
   * terms touch most documents, and no per-document object is made. The answer is valid until the
   * next call (searches run one at a time on the event loop).
   */
  search(terms: string[], minHits: number): Matches {
    if (this.scores.length < this.docCount) {
      this.scores = new Float64Array(this.docCount);
      this.touched = new Int32Array(this.docCount);
      this.out = { count: 0, docs: new Int32Array(this.docCount), hits: new Uint8Array(this.docCount), scores: new Float64Array(this.docCount) };
    }
    const { scores, touched, out } = this;
    // one accumulator per document: HIT per matched term plus the term's weighted score (< HIT),
    // so the hot loop touches one array
    let touchedCount = 0;
    for (const term of new Set(terms)) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + this.docCount / p.docs.length);
      const { docs, weights } = p;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i] as number;
        const acc = scores[doc] as number;
        if (acc === 0) touched[touchedCount++] = doc;
        scores[doc] = acc + HIT + (weights[i] as number) * idf;
      }
    }
    let count = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const acc = scores[doc] as number;
      const h = Math.floor(acc / HIT);
      if (h >= minHits) {
        out.docs[count] = doc;
        out.hits[count] = Math.min(h, 255);
        out.scores[count] = acc - h * HIT;
        count++;
      }
      scores[doc] = 0;
    }
    out.count = count;
    return out;
  }
}

/** Search results in parallel typed arrays; the first `count` entries are valid. */
export type Matches = { count: number; docs: Int32Array; hits: Uint8Array; scores: Float64Array };
