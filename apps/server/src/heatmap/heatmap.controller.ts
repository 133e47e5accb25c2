import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  areaDetailSchema,
  areaListSchema,
  heatmapCellDetailSchema,
  heatmapCellParamsSchema,
  heatmapCellQuerySchema,
  heatmapQuerySchema,
  heatmapResponseSchema,
  langQuerySchema,
  premisesListSchema,
  premisesQuerySchema,
  type HeatmapCellQuery,
  type HeatmapQuery,
  type PremisesQuery,
} from '@zhaoshang/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../common/language';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { HeatmapService } from './heatmap.service';

@ApiTags('public')
@Controller('api/v1')
export class HeatmapController {
  constructor(private readonly heatmap: HeatmapService) {}

  @Get('heatmap')
  @ApiOperation({
    operationId: 'getHeatmap',
    summary: 'H3 hexagon cells of a metric (investment 亿元, project count, available m²) with rank, boundary and the colour scale',
  })
  @ApiZodQuery(heatmapQuerySchema)
  @ApiZodResponse(200, heatmapResponseSchema)
  async get(@Query(new ZodPipe(heatmapQuerySchema, 'query')) query: HeatmapQuery, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    // the answer is cached as JSON text by the catalog; sent as is
    void reply.header('content-type', 'application/json; charset=utf-8');
    const al = request.headers['accept-language'];
    return this.heatmap.heatmapJson(query, requestLanguage(request), { url: request.url, acceptLanguage: (Array.isArray(al) ? al[0] : al) ?? '' });
  }

  @Get('heatmap/cells/:cell')
  @ApiOperation({
    operationId: 'getHeatmapCell',
    summary: "One hexagon cell under the map's filters: its figures, the areas it lies in, its projects, premises and the policies that apply there",
  })
  @ApiParam({ name: 'cell', description: 'H3 index (resolution 6–9) from GET /api/v1/heatmap', schema: { type: 'string' } })
  @ApiZodQuery(heatmapCellQuerySchema)
  @ApiZodResponse(200, heatmapCellDetailSchema)
  cell(
    @Param(new ZodPipe(heatmapCellParamsSchema, 'params')) params: { cell: string },
    @Query(new ZodPipe(heatmapCellQuerySchema, 'query')) query: HeatmapCellQuery,
    @Req() request: FastifyRequest,
  ) {
    return this.heatmap.cell(params.cell, query, requestLanguage(request));
  }

  @Get('areas')
  @ApiOperation({ operationId: 'listAreas', summary: 'The district, its towns, streets, zones and carriers with outlines and figures' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, areaListSchema)
  areas(@Req() request: FastifyRequest) {
    return this.heatmap.areas(requestLanguage(request));
  }

  @Get('areas/:id')
  @ApiOperation({ operationId: 'getArea', summary: "An area: its largest projects, premises, industries and the policies that apply there" })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, areaDetailSchema)
  area(@Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.heatmap.area(id, requestLanguage(request));
  }

  @Get('premises')
  @ApiOperation({ operationId: 'listPremises', summary: 'Available premises (land, factories, offices, R&D space), most space first' })
  @ApiZodQuery(premisesQuerySchema)
  @ApiZodResponse(200, premisesListSchema)
  premises(@Query(new ZodPipe(premisesQuerySchema, 'query')) query: PremisesQuery, @Req() request: FastifyRequest) {
    return this.heatmap.premises(query, requestLanguage(request));
  }
}
