import { Injectable, Logger } from '@nestjs/common';
import type { Language } from '@zhaoshang/contracts';

/** What an investor did in the guide, without anything that identifies them. */
export type GuideEventListener = {
  /** a published page was read, in the requested language */
  viewed?(slug: string, language: Language): void;
  /** the FAQ was searched; `resultCount` 0 is a search that found nothing */
  searched?(q: string, language: Language, resultCount: number): void;
};

/**
 * The seam for insights: the guide's reads report here, and nothing listens by default. A
 * listener registers once (`guideEvents.listen({ viewed, searched })` from a module importing
 * GuideModule). Listeners are called after the answer is ready and must not throw or block;
 * a failing one is logged and the read answers as usual.
 */
@Injectable()
export class GuideEvents {
  private readonly logger = new Logger(GuideEvents.name);
  private readonly listeners = new Set<GuideEventListener>();

  /** Adds a listener; returns a function that removes it. */
  listen(listener: GuideEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  viewed(slug: string, language: Language): void {
    this.emit((l) => l.viewed?.(slug, language));
  }

  searched(q: string, language: Language, resultCount: number): void {
    this.emit((l) => l.searched?.(q, language, resultCount));
  }

  private emit(call: (listener: GuideEventListener) => void): void {
    for (const listener of this.listeners) {
      try {
        call(listener);
      } catch (error) {
        this.logger.warn(`guide event listener failed: ${String(error)}`);
      }
    }
  }
}
