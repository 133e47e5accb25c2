import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';

/** The optional Redis connection (`REDIS_URL`); commands fail at once while it is down, never queue. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private loggedAt = 0;
  readonly client: Redis | undefined;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = config.REDIS_URL ? new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 }) : undefined;
    this.client?.on('error', (error: Error) => {
      // ioredis reconnects by itself; one line a minute is enough
      if (Date.now() - this.loggedAt < 60_000) return;
      this.loggedAt = Date.now();
      this.logger.warn(`connection: ${error.message}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.client) return;
    await this.client.quit().catch(() => this.client?.disconnect());
  }
}
