import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { OutgoingError } from '../wechat/outgoing-http';
import { OutboxEntity, type OutboxChannel } from './outbox.entity';

type Handler = (payload: Record<string, unknown>) => Promise<void>;
const LOCK_MS = 60_000;
const BATCH = 25;

/**
 * Transactional outbox: a change writes its notifications with `enqueue` inside its own
 * transaction, so they exist exactly when the change does; `deliverDue` sends them at least once,
 * with backoff, claiming each row first so two replicas never send the same one at the same time.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger('Outbox');
  private readonly handlers = new Map<OutboxChannel, Handler>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  handle(channel: OutboxChannel, handler: Handler): void {
    this.handlers.set(channel, handler);
  }

  async enqueue(manager: EntityManager, channel: OutboxChannel, dedupeKey: string, payload: Record<string, unknown>): Promise<void> {
    // the JSON payload is not a nested entity: TypeORM's deep-partial type does not fit it
    await manager.getRepository(OutboxEntity).insert({ channel, dedupeKey, payload: payload as never, attempts: 0, nextAttemptAt: new Date(), lockedUntil: null, deliveredAt: null, failedAt: null, lastError: null });
  }

  /** Sends what is due; returns how many were delivered and how many failed this round. */
  async deliverDue(now = new Date()): Promise<{ delivered: number; failed: number }> {
    const repo = this.ds.getRepository(OutboxEntity);
    const due = await repo
      .createQueryBuilder('o')
      .select(['o.id'])
      .where('o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= :now', { now })
      .andWhere(new Brackets((w) => w.where('o.locked_until IS NULL').orWhere('o.locked_until < :now', { now })))
      .orderBy('o.id')
      .limit(BATCH)
      .getMany();
    let delivered = 0;
    let failed = 0;
    for (const { id } of due) {
      const claimed = await repo
        .createQueryBuilder()
        .update()
        .set({ lockedUntil: new Date(now.getTime() + LOCK_MS) })
        .where('id = :id AND delivered_at IS NULL AND failed_at IS NULL', { id })
        .andWhere(new Brackets((w) => w.where('locked_until IS NULL').orWhere('locked_until < :now', { now })))
        .execute();
      if (!claimed.affected) continue;
      const row = await repo.findOneByOrFail({ id });
      const handler = this.handlers.get(row.channel);
      try {
        if (!handler) throw new OutgoingError(`no handler for ${row.channel}`, false);
        await handler(row.payload);
        await repo.update({ id }, { deliveredAt: new Date(), lockedUntil: null, attempts: row.attempts + 1, lastError: null });
        delivered++;
      } catch (error) {
        failed++;
        const attempts = row.attempts + 1;
        const retryable = !(error instanceof OutgoingError) || error.retryable;
        const giveUp = !retryable || attempts >= this.config.OUTBOX_MAX_ATTEMPTS;
        const message = error instanceof Error ? error.message : String(error);
        // backoff 2 s, 4 s, 8 s … up to an hour
        const delay = Math.min(3600_000, 2000 * 2 ** (attempts - 1));
        await repo.update(
          { id },
          { attempts, lockedUntil: null, lastError: message.slice(0, 500), nextAttemptAt: new Date(Date.now() + delay), failedAt: giveUp ? new Date() : null },
        );
        this.logger.warn(`outbox #${id} ${row.channel} attempt ${attempts} failed${giveUp ? ' (giving up)' : ''}: ${message}`);
      }
    }
    return { delivered, failed };
  }
}

/**
 * The background loop of each replica: delivers the outbox and escalates overdue leads. Tasks
 * claim their rows in the database, so running one loop per replica is safe.
 */
@Injectable()
export class BackgroundWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private readonly tasks: { name: string; run: () => Promise<unknown> }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  register(name: string, run: () => Promise<unknown>): void {
    this.tasks.push({ name, run });
  }

  onApplicationBootstrap(): void {
    if (this.config.WORKER_ENABLED) this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => this.schedule());
    }, this.config.WORKER_INTERVAL_MS);
    this.timer.unref();
  }

  /** One round of every task; a failing task never stops the others or the loop. */
  async tick(): Promise<void> {
    for (const task of this.tasks) {
      try {
        await task.run();
      } catch (error) {
        this.logger.warn(`${task.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
