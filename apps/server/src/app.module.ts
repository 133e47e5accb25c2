import { Global, Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { AnswerCacheModule } from './common/answer-cache';
import { ConciergesModule } from './concierges/concierges.module';
import { APP_CONFIG } from './config/config';
import type { AppConfig } from './config/config.schema';
import { resolveDataSourceOptions } from './database/data-source';
import { HealthModule } from './health/health.module';
import { GuideModule } from './guide/guide.module';
import { HeatmapModule } from './heatmap/heatmap.module';
import { InsightsModule } from './insights/insights.module';
import { MetaModule } from './meta/meta.module';
import { PoliciesModule } from './policies/policies.module';
import { IntentsModule } from './intents/intents.module';
import { OutboxModule } from './outbox/outbox.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { UsersModule } from './users/users.module';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        // retry the first connection for a while: the database may still be starting
        TypeOrmModule.forRootAsync({
          useFactory: async () => ({
            ...(await resolveDataSourceOptions(config.database)),
            migrationsRun: config.DATABASE_MIGRATE_ON_BOOT,
            migrationsTransactionMode: 'each' as const,
            retryAttempts: 10,
            retryDelay: 2000,
          }),
        }),
        AnswerCacheModule,
        RateLimitModule,
        AuditModule,
        AuthModule,
        UsersModule,
        MetaModule,
        PoliciesModule,
        OutboxModule,
        IntentsModule,
        ConciergesModule,
        HeatmapModule,
        GuideModule,
        InsightsModule,
        HealthModule,
      ],
    };
  }
}
