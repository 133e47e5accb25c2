import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  adminPolicyListQuerySchema,
  adminPolicyListSchema,
  adminPolicySchema,
  policyInputSchema,
  policyUpdateSchema,
  policyVersionDetailSchema,
  policyVersionListSchema,
  versionBodySchema,
  type PolicyInput,
  type PolicyUpdate,
} from '@zhaoshang/contracts';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from './policies.controller';
import { PolicyAdminService } from './policy-admin.service';

const optionalVersion = new ZodPipe(versionBodySchema.optional().transform((b) => b ?? {}));

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/policies')
export class PolicyAdminController {
  constructor(private readonly policies: PolicyAdminService) {}

  @Get()
  @ApiOperation({ operationId: 'adminListPolicies', summary: 'Policies with status and translation status per language (staff and admins)' })
  @ApiZodQuery(adminPolicyListQuerySchema)
  @ApiZodResponse(200, adminPolicyListSchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodPipe(adminPolicyListQuerySchema, 'query')) query: z.output<typeof adminPolicyListQuerySchema>) {
    return this.policies.list(actor, query);
  }

  @Post()
  @ApiOperation({ operationId: 'adminCreatePolicy', summary: 'Create a draft (admins)' })
  @ApiZodBody(policyInputSchema)
  @ApiZodResponse(201, adminPolicySchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodPipe(policyInputSchema)) body: PolicyInput) {
    return this.policies.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'adminGetPolicy', summary: 'The working copy of a policy' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, adminPolicySchema)
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.policies.get(actor, id);
  }

  @Put(':id')
  @ApiOperation({ operationId: 'adminUpdatePolicy', summary: 'Save the working copy (admins); refused with CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(policyUpdateSchema)
  @ApiZodResponse(200, adminPolicySchema)
  update(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(policyUpdateSchema)) body: PolicyUpdate) {
    const { version, ...input } = body;
    return this.policies.update(actor, id, version, input);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminPublishPolicy', summary: 'Publish the working copy (admins); the Chinese title, summary, body and department are required' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(versionBodySchema)
  @ApiZodResponse(200, adminPolicySchema)
  publish(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(optionalVersion) body: { version?: number }) {
    return this.policies.publish(actor, id, body.version);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminArchivePolicy', summary: 'Withdraw a policy from investors (admins)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(versionBodySchema)
  @ApiZodResponse(200, adminPolicySchema)
  archive(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(optionalVersion) body: { version?: number }) {
    return this.policies.archive(actor, id, body.version);
  }

  @Get(':id/versions')
  @ApiOperation({ operationId: 'adminListPolicyVersions', summary: 'Every saved version, newest first' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, policyVersionListSchema)
  versions(@CurrentActor() actor: Actor, @Param('id', idParam) id: number) {
    return this.policies.versions(actor, id);
  }

  @Get(':id/versions/:version')
  @ApiOperation({ operationId: 'adminGetPolicyVersion', summary: 'One saved version, whole (for comparing)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiParam({ name: 'version', schema: { type: 'integer' } })
  @ApiZodResponse(200, policyVersionDetailSchema)
  version(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Param('version', idParam) version: number) {
    return this.policies.version(actor, id, version);
  }

  @Post(':id/versions/:version/restore')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRestorePolicyVersion', summary: 'Make an old version the working copy (a new version; publish separately)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiParam({ name: 'version', schema: { type: 'integer' } })
  @ApiZodBody(z.object({ version: z.number().int().min(1) }).meta({ id: 'RestoreBody' }))
  @ApiZodResponse(200, adminPolicySchema)
  restore(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: number,
    @Param('version', idParam) fromVersion: number,
    @Body(new ZodPipe(z.object({ version: z.number().int().min(1) }))) body: { version: number },
  ) {
    return this.policies.restore(actor, id, fromVersion, body.version);
  }
}
