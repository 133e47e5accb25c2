import { Body, Controller, Get, HttpCode, Param, Post, Put, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  adminConciergeListSchema,
  adminConciergeSchema,
  conciergeDeactivationSchema,
  conciergeInputSchema,
  conciergeStatusChangeSchema,
  conciergeUpdateSchema,
  type ConciergeInput,
  type ConciergeStatusChange,
  type ConciergeUpdate,
} from '@zhaoshang/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { ClientIp, CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { requestLanguage } from '../common/language';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { ConciergesAdminService } from './concierges-admin.service';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/concierges')
export class ConciergesAdminController {
  constructor(private readonly admin: ConciergesAdminService) {}

  @Get()
  @ApiOperation({ operationId: 'adminListConcierges', summary: 'Every concierge profile with open-lead counts (staff and admins; the lead desk assigns from the active ones)' })
  @ApiZodResponse(200, adminConciergeListSchema)
  list(@CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.admin.list(actor, requestLanguage(request));
  }

  @Post()
  @ApiOperation({ operationId: 'adminCreateConcierge', summary: 'Create a concierge profile (admins)' })
  @ApiZodBody(conciergeInputSchema)
  @ApiZodResponse(201, adminConciergeSchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodPipe(conciergeInputSchema)) body: ConciergeInput, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.admin.create(actor, body, ip, requestLanguage(request));
  }

  @Get(':id')
  @ApiOperation({ operationId: 'adminGetConcierge', summary: 'A concierge profile with how many open leads deactivating would hand over' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, adminConciergeSchema)
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.admin.get(actor, id, requestLanguage(request));
  }

  @Put(':id')
  @ApiOperation({ operationId: 'adminUpdateConcierge', summary: 'Save a concierge profile (admins); CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(conciergeUpdateSchema)
  @ApiZodResponse(200, adminConciergeSchema)
  update(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(conciergeUpdateSchema)) body: ConciergeUpdate, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    const { version, ...input } = body;
    return this.admin.update(actor, id, version, input, ip, requestLanguage(request));
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'adminDeactivateConcierge',
    summary:
      "Deactivate (admins): every open lead (not signed, landed or closed) is handed over once by the routing rules in the same transaction, or to the admins' queue when nobody can take it; the answer says how many moved and to whom",
  })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(conciergeStatusChangeSchema)
  @ApiZodResponse(200, conciergeDeactivationSchema)
  deactivate(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(conciergeStatusChangeSchema)) body: ConciergeStatusChange, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.admin.deactivate(actor, id, body, ip, requestLanguage(request));
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminReactivateConcierge', summary: 'Reactivate (admins): back in the directory and the routing; handed-over leads stay where they went' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(conciergeStatusChangeSchema)
  @ApiZodResponse(200, adminConciergeSchema)
  reactivate(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(conciergeStatusChangeSchema)) body: ConciergeStatusChange, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.admin.reactivate(actor, id, body, ip, requestLanguage(request));
  }
}
