import { Controller, Get, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { GUIDE_SLUG_PATTERN, guideFaqQuerySchema, guideFaqResultSchema, guidePageDetailSchema, guideTreeSchema, langQuerySchema, type GuideFaqQuery } from '@zhaoshang/contracts';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requestLanguage } from '../common/language';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { GuideService } from './guide.service';

export const slugParam = new ZodPipe(z.string().max(80).regex(GUIDE_SLUG_PATTERN), 'params');

@ApiTags('public')
@Controller('api/v1/guide')
export class GuideController {
  constructor(private readonly guide: GuideService) {}

  @Get()
  @ApiOperation({ operationId: 'getGuide', summary: 'The published investment guide (投资指南): sections and their pages in order, titles and summaries in the requested language with fallback' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, guideTreeSchema)
  tree(@Req() request: FastifyRequest) {
    return this.guide.tree(requestLanguage(request));
  }

  @Get('faq/search')
  @ApiOperation({ operationId: 'searchGuideFaq', summary: "Search the guide's FAQ entries (word segmentation as in the policy finder), best first" })
  @ApiZodQuery(guideFaqQuerySchema)
  @ApiZodResponse(200, guideFaqResultSchema)
  searchFaq(@Query(new ZodPipe(guideFaqQuerySchema, 'query')) query: GuideFaqQuery, @Req() request: FastifyRequest) {
    return this.guide.searchFaq(query, requestLanguage(request));
  }

  @Get(':slug')
  @ApiOperation({ operationId: 'getGuidePage', summary: 'A published section or page: body, steps or FAQ entries, in the requested language with fallback' })
  @ApiParam({ name: 'slug', schema: { type: 'string' } })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, guidePageDetailSchema)
  page(@Param('slug', slugParam) slug: string, @Req() request: FastifyRequest) {
    return this.guide.page(slug, requestLanguage(request));
  }
}
