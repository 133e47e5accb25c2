import { Inject, Injectable } from '@nestjs/common';
import type { CounterStore, Limit, Refusal, WindowState } from './counter-store';

export type { Limit, Refusal, WindowState } from './counter-store';
export const COUNTER_STORE = Symbol('COUNTER_STORE');

/**
 * Fixed-window rate limits every replica shares: in the database by default, in Redis when
 * `REDIS_URL` is set (see counter-store.ts).
 */
@Injectable()
export class RateLimitService {
  constructor(@Inject(COUNTER_STORE) private readonly store: CounterStore) {}

  peek(key: string, windowSeconds: number, now = Date.now() / 1000): Promise<WindowState> {
    return this.store.peek(key, windowSeconds, now);
  }

  /** Counts one hit and returns the count in the current window. */
  hit(key: string, windowSeconds: number, now = Date.now() / 1000): Promise<WindowState> {
    return this.store.hit(key, windowSeconds, now);
  }

  /** Counts one hit on every key unless one is at its max: answers that key, or undefined when allowed. */
  take(limits: readonly Limit[], windowSeconds: number, now = Date.now() / 1000): Promise<Refusal | undefined> {
    return this.store.take(limits, windowSeconds, now);
  }

  reset(key: string, windowSeconds: number, now = Date.now() / 1000): Promise<void> {
    return this.store.reset(key, windowSeconds, now);
  }
}
