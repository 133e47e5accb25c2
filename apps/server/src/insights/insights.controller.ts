import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { insightsQuerySchema, insightsResponseSchema, type InsightsQuery } from '@zhaoshang/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { requestLanguage } from '../common/language';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { InsightsService } from './insights.service';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/insights')
export class InsightsController {
  constructor(private readonly insights: InsightsService) {}

  @Get()
  @ApiOperation({
    operationId: 'adminInsights',
    summary:
      'Searches (top, zero results), most viewed policies and guide pages, weekly activity, intents by week, stage, industry, source and language, reply-deadline compliance, for `from`–`to` (district days, inclusive, at most 366; default the last 30, today included). Answers with the period used and the district\'s today, from which clients count their periods. Staff and admins; intent statistics cover the staff member\'s own leads, or all for admins.',
  })
  @ApiZodQuery(insightsQuerySchema)
  @ApiZodResponse(200, insightsResponseSchema)
  overview(@CurrentActor() actor: Actor, @Query(new ZodPipe(insightsQuerySchema, 'query')) query: InsightsQuery, @Req() request: FastifyRequest) {
    return this.insights.overview(actor, query, requestLanguage(request));
  }
}
