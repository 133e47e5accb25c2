import { version } from '../../package.json';
import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { healthResponseSchema, type HealthResponse } from '@zhaoshang/contracts';
import type { FastifyReply } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApiZodResponse } from '../common/zod';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';

const VERSION: string = version;

@ApiTags('public')
@Controller('api/health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'getHealth', summary: 'Database kind and reachability; 503 while the database is unreachable' })
  @ApiZodResponse(200, healthResponseSchema)
  @ApiZodResponse(503, healthResponseSchema, 'Database unreachable')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    let reachable = false;
    try {
      await Promise.race([
        this.ds.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      reachable = true;
    } catch {
      reachable = false;
    }
    if (!reachable) void reply.status(503);
    return { status: reachable ? 'ok' : 'degraded', database: { kind: this.config.database.kind, reachable }, version: VERSION };
  }
}
