import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InsightEventKind, Language } from '@zhaoshang/contracts';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { insertRows } from '../database/fast-sql';
import { DistrictCalendar } from './calendar';
import { InsightEventEntity } from './insight-event.entity';
import { searchText } from './search-text';

/** One thing counted: kind, language, subject and result count; `pending` hits since the last flush. */
type Tally = { kind: InsightEventKind; language: Language; subject: string; resultCount: number | null; pending: number };
type Row = Omit<InsightEventEntity, 'id'>;

const FLUSH_EVERY_MS = 1000;
/** this many different tallies waiting start a flush before the timer does */
const FLUSH_AT_TALLIES = 1000;
const ROWS_PER_STATEMENT = 200;
/** rows kept for a retry while the database refuses them; older ones are dropped beyond this */
const MAX_BACKLOG_ROWS = 20_000;
const MAX_TALLIES = 20_000;
/** different things waiting for a flush; beyond this (the database stalled) new ones are not counted */
const MAX_DIRTY = 20_000;
/** answer-cache keys remembered: at least this many of the latest (more than the read model's 2000 answers) */
const REPEATABLE_GENERATION = 2500;

/**
 * Counts search and view events in memory and writes them in batches: at most one multi-row
 * INSERT per second (or per FLUSH_AT_TALLIES different things counted), never a database write
 * on the request being counted. Counting is a map lookup and an increment; it never throws and
 * never waits. Each replica flushes its own buffer (nothing in it is needed by another) and
 * flushes on shutdown; a crash loses at most the last second of these anonymous counts — never
 * anything an investor submitted, which is written in its own transaction elsewhere.
 */
@Injectable()
export class InsightsRecorder implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Insights');
  private readonly calendar: DistrictCalendar;
  /** one tally per distinct thing counted, so a repeated event allocates nothing */
  private readonly tallies = new Map<string, Tally>();
  /**
   * Search tallies by answer-cache key (Accept-Language and URL), for answers served before Nest:
   * two generations, so the latest REPEATABLE_GENERATION keys are always known without the cost of
   * evicting one key at a time.
   */
  private repeatable = new Map<string, Tally>();
  private repeatableBefore = new Map<string, Tally>();
  private dirty: Tally[] = [];
  /** rows of a finished day, or of a failed write, waiting for the next flush */
  private backlog: Row[] = [];
  private day = '';
  private week = '';
  private dayEndsAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.calendar = new DistrictCalendar(config.WORK_TIMEZONE);
  }

  onApplicationBootstrap(): void {
    // a flush still running (a slow database) is not queued up behind
    this.timer = setInterval(() => {
      if (!this.flushing) void this.flush();
    }, FLUSH_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  // ---- what features call ----

  /**
   * A search's first page was answered. `cacheKey` (Accept-Language and URL) lets a later
   * identical request that the answer cache serves count with `searchRepeated`.
   */
  searched(kind: 'policy_search' | 'guide_search', query: string, language: Language, resultCount: number, cacheKey?: string): void {
    try {
      const subject = searchText(query);
      if (!subject) return;
      const tally = this.tally(kind, language, subject, resultCount);
      this.count(tally);
      if (cacheKey !== undefined) {
        if (this.repeatable.size >= REPEATABLE_GENERATION) {
          this.repeatableBefore = this.repeatable;
          this.repeatable = new Map();
        }
        this.repeatable.set(cacheKey, tally);
      }
    } catch (error) {
      this.warn('counting a search', error);
    }
  }

  /** The answer cache served a search again: counts it if it was one `searched` saw. */
  searchRepeated(cacheKey: string): void {
    try {
      const tally = this.repeatable.get(cacheKey) ?? this.repeatableBefore.get(cacheKey);
      if (tally) this.count(tally);
    } catch (error) {
      this.warn('counting a search', error);
    }
  }

  viewed(kind: 'policy_view' | 'guide_view', subject: string, language: Language): void {
    try {
      if (subject) this.count(this.tally(kind, language, subject.slice(0, 128), null));
    } catch (error) {
      this.warn('counting a view', error);
    }
  }

  /** The guide's hook (`viewed(slug, lang)`, `searched(q, lang, resultCount)`), bound to this recorder. */
  readonly guide = {
    viewed: (slug: string, language: Language) => this.viewed('guide_view', slug, language),
    searched: (query: string, language: Language, resultCount: number) => this.searched('guide_search', query, language, resultCount),
  };

  // ---- writing ----

  /** Writes everything counted so far; one flush at a time (a call during one waits, then writes what came after). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing;
    this.flushing = this.write().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async write(): Promise<void> {
    this.rollDay(Date.now());
    this.seal();
    const rows = this.backlog;
    this.backlog = [];
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      try {
        await insertRows(this.ds.manager, InsightEventEntity, rows.slice(i, i + ROWS_PER_STATEMENT));
      } catch (error) {
        // kept for the next flush (the database may be restarting); bounded
        this.backlog = rows.slice(i).concat(this.backlog).slice(-MAX_BACKLOG_ROWS);
        this.warn('writing insight events', error);
        return;
      }
    }
  }

  private tally(kind: InsightEventKind, language: Language, subject: string, resultCount: number | null): Tally {
    const key = `${kind}|${language}|${resultCount ?? ''}|${subject}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      // forgetting tallies is safe: a pending one is still in `dirty`, and sums do not need one row per key
      if (this.tallies.size >= MAX_TALLIES) this.tallies.clear();
      tally = { kind, language, subject, resultCount, pending: 0 };
      this.tallies.set(key, tally);
    }
    return tally;
  }

  private count(tally: Tally): void {
    const now = Date.now();
    if (now >= this.dayEndsAt) this.rollDay(now);
    if (tally.pending === 0 && this.dirty.length >= MAX_DIRTY) return;
    if (tally.pending++ === 0) {
      this.dirty.push(tally);
      if (this.dirty.length >= FLUSH_AT_TALLIES && !this.flushing) void this.flush();
    }
  }

  /** At midnight, the counts so far belong to the day that just ended. */
  private rollDay(now: number): void {
    if (now < this.dayEndsAt) return;
    this.seal();
    this.day = this.calendar.dayOf(now);
    this.week = this.calendar.weekOf(this.day);
    this.dayEndsAt = this.calendar.endOf(this.day).getTime();
  }

  private seal(): void {
    for (const t of this.dirty) {
      this.backlog.push({ kind: t.kind, day: this.day, week: this.week, language: t.language, subject: t.subject, resultCount: t.resultCount, hits: t.pending });
      t.pending = 0;
    }
    this.dirty = [];
    if (this.backlog.length > MAX_BACKLOG_ROWS) this.backlog = this.backlog.slice(-MAX_BACKLOG_ROWS);
  }

  private warn(what: string, error: unknown): void {
    this.logger.warn(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
