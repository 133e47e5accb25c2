import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  enterpriseProfileSchema,
  langQuerySchema,
  matchQuerySchema,
  matchResponseSchema,
  policyDetailSchema,
  policyListSchema,
  policyQuerySchema,
  type EnterpriseProfile,
  type MatchQuery,
  type PolicyQuery,
} from '@zhaoshang/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requestLanguage } from '../common/language';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { PoliciesService } from './policies.service';

export const idParam = new ZodPipe(z.coerce.number().int().min(1).max(2_147_483_647), 'params');

@ApiTags('public')
@Controller('api/v1/policies')
export class PoliciesController {
  constructor(private readonly policies: PoliciesService) {}

  @Get()
  @ApiOperation({ operationId: 'searchPolicies', summary: 'Search and filter published policies (政策通), in the requested language with fallback' })
  @ApiZodQuery(policyQuerySchema)
  @ApiZodResponse(200, policyListSchema)
  async search(@Query(new ZodPipe(policyQuerySchema, 'query')) query: PolicyQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    // the answer is cached as JSON text by the catalog; sent as is
    void reply.header('content-type', 'application/json; charset=utf-8');
    const al = request.headers['accept-language'];
    return this.policies.searchJson(query, requestLanguage(request), { url: request.url, acceptLanguage: (Array.isArray(al) ? al[0] : al) ?? '' });
  }

  @Post('match')
  @HttpCode(200)
  @ApiOperation({ operationId: 'matchPolicies', summary: 'Policies an enterprise qualifies for, ranked, with met, unmet and unknown criteria' })
  @ApiZodQuery(matchQuerySchema)
  @ApiZodBody(enterpriseProfileSchema)
  @ApiZodResponse(200, matchResponseSchema)
  match(
    @Query(new ZodPipe(matchQuerySchema, 'query')) query: MatchQuery,
    @Body(new ZodPipe(enterpriseProfileSchema)) profile: EnterpriseProfile,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    // assembled as JSON text from cached summaries; sent as is
    void reply.header('content-type', 'application/json; charset=utf-8');
    return this.policies.matchJson(profile, requestLanguage(request), query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getPolicy', summary: 'A published policy in the requested language' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, policyDetailSchema)
  detail(@Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.policies.detail(id, requestLanguage(request));
  }
}
