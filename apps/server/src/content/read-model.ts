import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { cachedAnswer, type CachedAnswer } from '../common/answer-cache';
import { readRevision } from './content-revision';

/** What every build of a read model carries: the revision it was built from and its answers. */
export type ReadModelState = {
  revision: number;
  /** answers by raw URL and Accept-Language, for AnswerCache */
  raw: Map<string, CachedAnswer>;
  /** answers by normalized query (one answer object serves every URL that asks it) */
  responses: Map<string, CachedAnswer>;
};

const CACHE_ENTRIES = 2000;
const CHECK_EVERY_MS = 1000;

/** Remembers an answer, forgetting the oldest beyond CACHE_ENTRIES. */
export function rememberIn<V>(map: Map<string, V>, key: string, value: V): void {
  if (map.size >= CACHE_ENTRIES) map.delete(map.keys().next().value as string);
  map.set(key, value);
}

/**
 * A public read model held in memory on each replica, derived from one content scope. Every
 * replica compares the scope's revision (bumped in the same transaction as a write) with the one
 * it was built from, at most once a second, and rebuilds in the background while it keeps
 * answering from the previous build; after a write on this replica the next read waits for the
 * rebuild, so an editor sees their change at once.
 */
export abstract class RevisionedReadModel<S extends ReadModelState> implements OnApplicationBootstrap {
  protected readonly logger: Logger;
  private state?: S;
  private loading?: Promise<S>;
  private checkedAt = 0;
  /** writes on this replica so far, and how many of them the current build includes */
  private writes = 0;
  private built = 0;
  /** the build every read waits for after a write, and the writes it will include */
  private catchingUp?: { upTo: number; promise: Promise<S> };

  protected constructor(
    protected readonly ds: DataSource,
    private readonly scope: string,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /** A new build; `previous` lets unchanged parts be reused. */
  protected abstract build(previous: S | undefined, revision: number): Promise<S>;

  onApplicationBootstrap(): void {
    // warm up without delaying start; the first reads wait for it
    void this.reload().catch((error: unknown) => this.logger.warn(`warm-up failed: ${String(error)}`));
  }

  /** An answer given before for the same URL and language header, while the build is current. */
  answered(url: string, acceptLanguage: string): CachedAnswer | undefined {
    if (!this.state || this.built < this.writes) return undefined;
    // due for the once-a-second revision check: start it, and answer from this build meanwhile
    if (Date.now() - this.checkedAt > CHECK_EVERY_MS) void this.current().catch((error: unknown) => this.logger.warn(`revision check failed: ${String(error)}`));
    return this.state.raw.get(`${acceptLanguage}|${url}`);
  }

  remember(url: string, acceptLanguage: string, answer: string | CachedAnswer): void {
    if (this.state) rememberIn(this.state.raw, `${acceptLanguage}|${url}`, typeof answer === 'string' ? cachedAnswer(answer) : answer);
  }

  /** Called after a write on this replica has committed: every read from now on waits for a build with it. */
  invalidate(): void {
    this.writes++;
  }

  async current(): Promise<S> {
    if (this.built < this.writes) return this.catchUp();
    if (!this.state) return this.reload();
    if (Date.now() - this.checkedAt > CHECK_EVERY_MS) {
      this.checkedAt = Date.now();
      const revision = await readRevision(this.ds.manager, this.scope);
      if (revision !== this.state.revision) void this.reload().catch((error: unknown) => this.logger.warn(`rebuild failed: ${String(error)}`));
    }
    return this.state;
  }

  /**
   * A build that includes every write so far, shared by all reads meanwhile (not only the first:
   * the others would get the old build). A build already running may have read the revision before
   * the write committed, so it is waited for and a new one started after it.
   */
  private catchUp(): Promise<S> {
    if (this.catchingUp && this.catchingUp.upTo >= this.writes) return this.catchingUp.promise;
    const upTo = this.writes;
    const before = this.catchingUp?.promise ?? this.loading;
    const promise = (async () => {
      await before?.catch(() => undefined);
      await this.loading?.catch(() => undefined);
      const state = await this.reload();
      this.built = Math.max(this.built, upTo);
      return state;
    })();
    this.catchingUp = { upTo, promise };
    // a failed build is tried again by the next read
    void promise.then(
      () => this.settle(promise),
      () => this.settle(promise),
    );
    return promise;
  }

  private settle(promise: Promise<S>): void {
    if (this.catchingUp?.promise === promise) this.catchingUp = undefined;
  }

  private reload(): Promise<S> {
    if (!this.loading) {
      this.loading = readRevision(this.ds.manager, this.scope)
        .then((revision) => this.build(this.state, revision))
        .then((s) => {
          this.state = s;
          this.checkedAt = Date.now();
          return s;
        })
        .finally(() => {
          this.loading = undefined;
        });
    }
    return this.loading;
  }
}
