import { Body, Controller, Get, HttpCode, Param, Post, Put, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  adminGuidePageSchema,
  adminGuideTreeSchema,
  guideOrderSchema,
  guidePageCreateSchema,
  guidePageUpdateSchema,
  guideVersionDetailSchema,
  guideVersionListSchema,
  versionBodySchema,
  type GuideOrder,
  type GuidePageCreate,
  type GuidePageUpdate,
} from '@zhaoshang/contracts';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { GuideAdminService } from './guide-admin.service';

const optionalVersion = new ZodPipe(versionBodySchema.optional().transform((b) => b ?? {}));
const restoreBody = z.object({ version: z.number().int().min(1) });

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/guide')
export class GuideAdminController {
  constructor(private readonly guide: GuideAdminService) {}

  @Get()
  @ApiOperation({ operationId: 'adminGetGuideTree', summary: 'Every guide section with its pages, in order, with status and translation status per language (staff and admins)' })
  @ApiZodResponse(200, adminGuideTreeSchema)
  tree(@CurrentActor() actor: Actor) {
    return this.guide.tree(actor);
  }

  @Post()
  @ApiOperation({ operationId: 'adminCreateGuidePage', summary: 'Create a draft section, or a draft page at the end of a section (admins); the slug is fixed once created' })
  @ApiZodBody(guidePageCreateSchema)
  @ApiZodResponse(201, adminGuidePageSchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodPipe(guidePageCreateSchema)) body: GuidePageCreate) {
    return this.guide.create(actor, body);
  }

  @Put('order')
  @ApiOperation({
    operationId: 'adminReorderGuide',
    summary: 'Put the whole tree in order (admins): every section once, each with all its pages; CONFLICT when the tree changed since it was loaded. Visible to investors at once',
  })
  @ApiZodBody(guideOrderSchema)
  @ApiZodResponse(200, adminGuideTreeSchema)
  reorder(@CurrentActor() actor: Actor, @Body(new ZodPipe(guideOrderSchema)) body: GuideOrder) {
    return this.guide.reorder(actor, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'adminGetGuidePage', summary: 'The working copy of a guide section or page' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, adminGuidePageSchema)
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.guide.get(actor, id);
  }

  @Put(':id')
  @ApiOperation({ operationId: 'adminUpdateGuidePage', summary: 'Save the working copy (admins); refused with CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(guidePageUpdateSchema)
  @ApiZodResponse(200, adminGuidePageSchema)
  update(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(guidePageUpdateSchema)) body: GuidePageUpdate) {
    const { version, ...input } = body;
    return this.guide.update(actor, id, version, input);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminPublishGuidePage', summary: "Publish the working copy (admins); the Chinese title and summary are required, and an article's body, a procedure's steps or an FAQ's entries" })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(versionBodySchema)
  @ApiZodResponse(200, adminGuidePageSchema)
  publish(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(optionalVersion) body: { version?: number }) {
    return this.guide.publish(actor, id, body.version);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminArchiveGuidePage', summary: 'Withdraw a section or page from investors (admins)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(versionBodySchema)
  @ApiZodResponse(200, adminGuidePageSchema)
  archive(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(optionalVersion) body: { version?: number }) {
    return this.guide.archive(actor, id, body.version);
  }

  @Get(':id/versions')
  @ApiOperation({ operationId: 'adminListGuidePageVersions', summary: 'Every saved version, newest first' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, guideVersionListSchema)
  versions(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.guide.versions(actor, id);
  }

  @Get(':id/versions/:version')
  @ApiOperation({ operationId: 'adminGetGuidePageVersion', summary: 'One saved version, whole (for comparing)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiParam({ name: 'version', schema: { type: 'integer' } })
  @ApiZodResponse(200, guideVersionDetailSchema)
  version(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Param('version', idParam) version: number) {
    return this.guide.version(actor, id, version);
  }

  @Post(':id/versions/:version/restore')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRestoreGuidePageVersion', summary: 'Make an old version the working copy (a new version; publish separately)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiParam({ name: 'version', schema: { type: 'integer' } })
  @ApiZodBody(restoreBody)
  @ApiZodResponse(200, adminGuidePageSchema)
  restore(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Param('version', idParam) fromVersion: number, @Body(new ZodPipe(restoreBody)) body: { version: number }) {
    return this.guide.restore(actor, id, fromVersion, body.version);
  }
}
