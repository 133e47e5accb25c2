import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  assignmentRulesSchema,
  leadDetailSchema,
  leadExportQuerySchema,
  leadListSchema,
  leadQuerySchema,
  mergeRequestSchema,
  noteRequestSchema,
  readNotificationsSchema,
  reassignSchema,
  revealedPhoneSchema,
  stageChangeSchema,
  staffNotificationListSchema,
  type LeadQuery,
  type StageChange,
} from '@zhaoshang/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { ClientIp, CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { requestLanguage } from '../common/language';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { toCsv, toXlsx } from './lead-export';
import { LeadsService } from './leads.service';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin')
export class LeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Get('leads')
  @ApiOperation({ operationId: 'adminListLeads', summary: 'Leads with filters and counts per stage (staff: their own; admins: all)' })
  @ApiZodQuery(leadQuerySchema)
  @ApiZodResponse(200, leadListSchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodPipe(leadQuerySchema, 'query')) query: LeadQuery, @Req() request: FastifyRequest) {
    return this.leads.list(actor, query, requestLanguage(request));
  }

  @Get('leads/export')
  @ApiOperation({ operationId: 'adminExportLeads', summary: 'The filtered leads as CSV or XLSX; phone numbers masked unless admin; audit-logged' })
  @ApiZodQuery(leadExportQuerySchema)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @CurrentActor() actor: Actor,
    @Query(new ZodPipe(leadExportQuerySchema, 'query')) query: z.output<typeof leadExportQuerySchema>,
    @ClientIp() ip: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const language = requestLanguage(request);
    const { format, ...filters } = query;
    const { rows } = await this.leads.exportRows(actor, filters, format, ip, language);
    const stamp = new Date().toISOString().slice(0, 10);
    const body = format === 'xlsx' ? await toXlsx(rows, language) : toCsv(rows, language);
    await reply
      .header('content-type', format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="leads-${stamp}.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  @Get('leads/:id')
  @ApiOperation({ operationId: 'adminGetLead', summary: 'A lead: what the investor sent, duplicates, and the timeline with notes' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, leadDetailSchema)
  get(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.leads.detail(actor, id, requestLanguage(request));
  }

  @Post('leads/:id/stage')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminChangeLeadStage', summary: 'Move a lead to a stage (closed needs a reason); CONFLICT when `version` is stale' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(stageChangeSchema)
  @ApiZodResponse(200, leadDetailSchema)
  stage(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(stageChangeSchema)) body: StageChange, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.leads.changeStage(actor, id, body, ip, requestLanguage(request));
  }

  @Post('leads/:id/assign')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminReassignLead', summary: 'Hand a lead to another concierge, with a reason the timeline keeps' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(reassignSchema)
  @ApiZodResponse(200, leadDetailSchema)
  assign(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(reassignSchema)) body: z.output<typeof reassignSchema>, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.leads.reassign(actor, id, body, ip, requestLanguage(request));
  }

  @Post('leads/:id/notes')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminAddLeadNote', summary: 'An internal note (the investor never sees it)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(noteRequestSchema)
  @ApiZodResponse(200, leadDetailSchema)
  note(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(noteRequestSchema)) body: { body: string }, @Req() request: FastifyRequest) {
    return this.leads.addNote(actor, id, body.body, requestLanguage(request));
  }

  @Post('leads/:id/messages')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminSendLeadMessage', summary: 'A message to the investor (pushed to WeChat when they subscribed)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(noteRequestSchema)
  @ApiZodResponse(200, leadDetailSchema)
  message(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(noteRequestSchema)) body: { body: string }, @Req() request: FastifyRequest) {
    return this.leads.sendMessage(actor, id, body.body, requestLanguage(request));
  }

  @Post('leads/:id/merge')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminMergeLead', summary: 'Merge a duplicate into this lead; both histories are kept' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(mergeRequestSchema)
  @ApiZodResponse(200, leadDetailSchema)
  merge(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(mergeRequestSchema)) body: { duplicateId: number }, @ClientIp() ip: string, @Req() request: FastifyRequest) {
    return this.leads.merge(actor, id, body.duplicateId, ip, requestLanguage(request));
  }

  @Post('leads/:id/reveal')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRevealLeadContact', summary: 'The full phone number and email (audit-logged)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodResponse(200, revealedPhoneSchema)
  reveal(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @ClientIp() ip: string) {
    return this.leads.reveal(actor, id, ip);
  }

  @Get('assignment-rules')
  @ApiOperation({ operationId: 'adminGetAssignmentRules', summary: 'Routing rules: industry and language → concierges (round-robin among them)' })
  @ApiZodResponse(200, assignmentRulesSchema)
  rules(@CurrentActor() actor: Actor) {
    return this.leads.rules(actor);
  }

  @Put('assignment-rules')
  @ApiOperation({ operationId: 'adminSetAssignmentRules', summary: 'Replace the routing rules (admins)' })
  @ApiZodBody(assignmentRulesSchema)
  @ApiZodResponse(200, assignmentRulesSchema)
  setRules(@CurrentActor() actor: Actor, @Body(new ZodPipe(assignmentRulesSchema)) body: z.output<typeof assignmentRulesSchema>, @ClientIp() ip: string) {
    return this.leads.setRules(actor, body.rules, ip);
  }

  @Get('notifications')
  @ApiOperation({ operationId: 'adminListNotifications', summary: 'My console notifications (new, overdue, messages, assignments)' })
  @ApiZodResponse(200, staffNotificationListSchema)
  notifications(@CurrentActor() actor: Actor) {
    return this.leads.notifications(actor);
  }

  @Post('notifications/read')
  @HttpCode(204)
  @ApiOperation({ operationId: 'adminReadNotifications', summary: 'Mark notifications read (all when no ids)' })
  @ApiZodBody(readNotificationsSchema)
  async read(@CurrentActor() actor: Actor, @Body(new ZodPipe(readNotificationsSchema.optional().transform((b) => b ?? {}))) body: { ids?: number[] }): Promise<void> {
    await this.leads.readNotifications(actor, body.ids);
  }
}
