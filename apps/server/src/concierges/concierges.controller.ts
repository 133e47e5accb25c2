import { Controller, Get, Param, Query, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { conciergeDirectoryQuerySchema, conciergeDirectorySchema, conciergeProfileSchema, langQuerySchema, myConciergeSchema, type ConciergeDirectoryQuery } from '@zhaoshang/contracts';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from '../common/language';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { CurrentInvestor, InvestorAuthGuard, type InvestorActor } from '../investors/investor-auth';
import { idParam } from '../policies/policies.controller';
import { ConciergesService } from './concierges.service';

@Controller('api/v1')
export class ConciergesController {
  constructor(private readonly concierges: ConciergesService) {}

  @Get('concierges')
  @ApiTags('public')
  @ApiOperation({
    operationId: 'listConcierges',
    summary: "Active concierges (店小二) covering an industry and area, the best suggestions for the reader's language first, with office hours and whether they are in office now",
  })
  @ApiZodQuery(conciergeDirectoryQuerySchema)
  @ApiZodResponse(200, conciergeDirectorySchema)
  list(@Query(new ZodPipe(conciergeDirectoryQuerySchema, 'query')) query: ConciergeDirectoryQuery, @Req() request: FastifyRequest) {
    return this.concierges.directory(query, requestLanguage(request));
  }

  @Get('concierges/:id')
  @ApiTags('public')
  @ApiOperation({ operationId: 'getConcierge', summary: 'An active concierge (404 once deactivated)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, conciergeProfileSchema)
  get(@Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.concierges.profile(id, requestLanguage(request));
  }

  @Get('me/concierge')
  @ApiTags('investor')
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({
    operationId: 'getMyConcierge',
    summary: 'My concierge, from my latest open intent (else my latest signed or landed one); `{ intent: null, concierge: null }` without one',
  })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, myConciergeSchema)
  mine(@CurrentInvestor() investor: InvestorActor, @Req() request: FastifyRequest) {
    return this.concierges.mine(investor, requestLanguage(request));
  }
}
