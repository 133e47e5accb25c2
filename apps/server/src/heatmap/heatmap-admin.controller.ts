import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  adminPremisesListQuerySchema,
  adminPremisesListSchema,
  adminPremisesSchema,
  adminProjectListQuerySchema,
  adminProjectListSchema,
  adminProjectSchema,
  deleteQuerySchema,
  importRequestSchema,
  importResultSchema,
  premisesInputSchema,
  premisesUpdateSchema,
  projectInputSchema,
  projectUpdateSchema,
  type AdminPremisesListQuery,
  type AdminProjectListQuery,
  type ImportRequest,
  type PremisesInput,
  type PremisesUpdate,
  type ProjectInput,
} from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { HeatmapAdminService } from './heatmap-admin.service';

const versionQuery = new ZodPipe(deleteQuerySchema, 'query');
const IMPORT_SUMMARY =
  'Body `{ filename: "*.csv" | "*.xlsx", contentBase64, dryRun? }` (within the 1 MiB body limit). Every row is checked first: any rejected row → 400 VALIDATION_FAILED with one detail per problem (`rows.<line>.<column>`, a stable code) and nothing is written; otherwise all rows commit in one transaction (a known code updates, a new one creates).';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin')
export class HeatmapAdminController {
  constructor(private readonly admin: HeatmapAdminService) {}

  @Get('projects')
  @ApiOperation({ operationId: 'adminListProjects', summary: 'Landed projects, newest change first; `q` matches code and names (staff and admins)' })
  @ApiZodQuery(adminProjectListQuerySchema)
  @ApiZodResponse(200, adminProjectListSchema)
  listProjects(@CurrentActor() actor: Actor, @Query(new ZodPipe(adminProjectListQuerySchema, 'query')) query: AdminProjectListQuery) {
    return this.admin.projects.list(actor, query);
  }

  @Post('projects')
  @ApiOperation({ operationId: 'adminCreateProject', summary: 'Create a project (admins)' })
  @ApiZodBody(projectInputSchema)
  @ApiZodResponse(201, adminProjectSchema)
  createProject(@CurrentActor() actor: Actor, @Body(new ZodPipe(projectInputSchema)) body: ProjectInput) {
    return this.admin.projects.create(actor, body);
  }

  @Post('projects/import')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminImportProjects', summary: `Import projects from CSV or XLSX (admins). ${IMPORT_SUMMARY}` })
  @ApiZodBody(importRequestSchema)
  @ApiZodResponse(200, importResultSchema)
  importProjects(@CurrentActor() actor: Actor, @Body(new ZodPipe(importRequestSchema)) body: ImportRequest) {
    return this.admin.projects.import(actor, body);
  }

  @Get('projects/:id')
  @ApiOperation({ operationId: 'adminGetProject', summary: 'A project' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, adminProjectSchema)
  getProject(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.admin.projects.get(actor, id);
  }

  @Put('projects/:id')
  @ApiOperation({ operationId: 'adminUpdateProject', summary: 'Save a project (admins); refused with CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(projectUpdateSchema)
  @ApiZodResponse(200, adminProjectSchema)
  updateProject(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(projectUpdateSchema)) body: z.output<typeof projectUpdateSchema>) {
    const { version, ...input } = body;
    return this.admin.projects.update(actor, id, version, input);
  }

  @Delete('projects/:id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminDeleteProject', summary: 'Delete a project (admins); `version` is the one you loaded (CONFLICT when stale)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiQuery({ name: 'version', required: true, schema: { type: 'integer' } })
  async deleteProject(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Query(versionQuery) query: { version: number }): Promise<void> {
    await this.admin.projects.remove(actor, id, query.version);
  }

  @Get('premises')
  @ApiOperation({ operationId: 'adminListPremises', summary: 'Premises, newest change first; `q` matches code and names (staff and admins)' })
  @ApiZodQuery(adminPremisesListQuerySchema)
  @ApiZodResponse(200, adminPremisesListSchema)
  listPremises(@CurrentActor() actor: Actor, @Query(new ZodPipe(adminPremisesListQuerySchema, 'query')) query: AdminPremisesListQuery) {
    return this.admin.premises.list(actor, query);
  }

  @Post('premises')
  @ApiOperation({ operationId: 'adminCreatePremises', summary: 'Create premises (admins)' })
  @ApiZodBody(premisesInputSchema)
  @ApiZodResponse(201, adminPremisesSchema)
  createPremises(@CurrentActor() actor: Actor, @Body(new ZodPipe(premisesInputSchema)) body: PremisesInput) {
    return this.admin.premises.create(actor, body);
  }

  @Post('premises/import')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminImportPremises', summary: `Import premises from CSV or XLSX (admins). ${IMPORT_SUMMARY}` })
  @ApiZodBody(importRequestSchema)
  @ApiZodResponse(200, importResultSchema)
  importPremises(@CurrentActor() actor: Actor, @Body(new ZodPipe(importRequestSchema)) body: ImportRequest) {
    return this.admin.premises.import(actor, body);
  }

  @Get('premises/:id')
  @ApiOperation({ operationId: 'adminGetPremises', summary: 'Premises' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, adminPremisesSchema)
  getPremises(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.admin.premises.get(actor, id);
  }

  @Put('premises/:id')
  @ApiOperation({ operationId: 'adminUpdatePremises', summary: 'Save premises (admins); refused with CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(premisesUpdateSchema)
  @ApiZodResponse(200, adminPremisesSchema)
  updatePremises(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(premisesUpdateSchema)) body: PremisesUpdate) {
    const { version, ...input } = body;
    return this.admin.premises.update(actor, id, version, input);
  }

  @Delete('premises/:id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminDeletePremises', summary: 'Delete premises (admins); `version` is the one you loaded (CONFLICT when stale)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiQuery({ name: 'version', required: true, schema: { type: 'integer' } })
  async deletePremises(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Query(versionQuery) query: { version: number }): Promise<void> {
    await this.admin.premises.remove(actor, id, query.version);
  }
}
