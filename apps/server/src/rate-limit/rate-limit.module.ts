import { Global, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { DatabaseCounterStore, FallbackCounterStore, RedisCounterStore, type CounterStore } from './counter-store';
import { COUNTER_STORE, RateLimitService } from './rate-limit.service';
import { RedisConnection } from './redis-connection';

@Global()
@Module({
  providers: [
    RedisConnection,
    {
      provide: COUNTER_STORE,
      inject: [getDataSourceToken(), APP_CONFIG, RedisConnection],
      useFactory: (ds: DataSource, config: AppConfig, redis: RedisConnection): CounterStore => {
        const db = new DatabaseCounterStore(ds);
        return redis.client ? new FallbackCounterStore(new RedisCounterStore(redis.client, config.REDIS_KEY_PREFIX), db) : db;
      },
    },
    RateLimitService,
  ],
  exports: [RateLimitService, COUNTER_STORE],
})
export class RateLimitModule {}
