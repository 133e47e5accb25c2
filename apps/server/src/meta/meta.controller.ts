import { Controller, Get, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { langQuerySchema, metaResponseSchema } from '@zhaoshang/contracts';
import type { FastifyRequest } from 'fastify';
import { requestLanguage } from '../common/language';
import { ApiZodQuery, ApiZodResponse } from '../common/zod';
import { MetaService } from './meta.service';

@ApiTags('public')
@Controller('api/v1/meta')
export class MetaController {
  constructor(private readonly meta: MetaService) {}

  @Get()
  @ApiOperation({ operationId: 'getMeta', summary: 'Reference lists for forms and filters, in the requested language' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, metaResponseSchema)
  get(@Req() request: FastifyRequest) {
    return this.meta.meta(requestLanguage(request));
  }
}
