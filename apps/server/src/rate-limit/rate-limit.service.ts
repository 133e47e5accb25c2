import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RateLimitCounterEntity } from './rate-limit-counter.entity';

export type WindowState = { count: number; resetInSeconds: number };

/**
 * Fixed-window counters in the database, so every replica sees the same counts. Plain
 * UPDATE/INSERT statements only: the same SQL runs on SQLite, MySQL and MariaDB.
 */
@Injectable()
export class RateLimitService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private window(windowSeconds: number, now: number) {
    const start = Math.floor(now / windowSeconds) * windowSeconds;
    return { start, resetInSeconds: start + windowSeconds - now };
  }

  async peek(key: string, windowSeconds: number, now = Date.now() / 1000): Promise<WindowState> {
    const { start, resetInSeconds } = this.window(windowSeconds, now);
    const row = await this.ds.getRepository(RateLimitCounterEntity).findOneBy({ key });
    return { count: row && row.windowStart === start ? row.count : 0, resetInSeconds };
  }

  /** Counts one hit and returns the count in the current window. */
  async hit(key: string, windowSeconds: number, now = Date.now() / 1000): Promise<WindowState> {
    const { start, resetInSeconds } = this.window(windowSeconds, now);
    const repo = this.ds.getRepository(RateLimitCounterEntity);
    for (let attempt = 0; attempt < 3; attempt++) {
      const bumped = await repo
        .createQueryBuilder()
        .update()
        .set({ count: () => 'count + 1' })
        .where('bucket = :key AND window_start = :start', { key, start })
        .execute();
      if (bumped.affected) break;
      // a stale window: restart it at 1
      const restarted = await repo
        .createQueryBuilder()
        .update()
        .set({ windowStart: start, count: 1 })
        .where('bucket = :key AND window_start <> :start', { key, start })
        .execute();
      if (restarted.affected) break;
      try {
        await repo.insert({ key, windowStart: start, count: 1 });
        break;
      } catch {
        // another replica inserted it first: loop and bump
      }
    }
    return { count: (await this.peek(key, windowSeconds, now)).count, resetInSeconds };
  }

  async reset(key: string): Promise<void> {
    await this.ds.getRepository(RateLimitCounterEntity).delete({ key });
  }
}
