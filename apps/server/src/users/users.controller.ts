import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { createStaffUserSchema, pageQuerySchema, staffConciergeLinkSchema, staffUserListSchema, staffUserSchema, type CreateStaffUserRequest, type StaffConciergeLink } from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { ClientIp, CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { idParam } from '../policies/policies.controller';
import { UsersService } from './users.service';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ operationId: 'listStaffUsers', summary: 'Staff accounts (admins)' })
  @ApiZodQuery(pageQuerySchema)
  @ApiZodResponse(200, staffUserListSchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodPipe(pageQuerySchema, 'query')) query: z.output<typeof pageQuerySchema>) {
    return this.users.list(actor, query);
  }

  @Post()
  @ApiOperation({ operationId: 'createStaffUser', summary: 'Create a staff or admin account (admins)' })
  @ApiZodBody(createStaffUserSchema)
  @ApiZodResponse(201, staffUserSchema)
  create(@CurrentActor() actor: Actor, @Body(new ZodPipe(createStaffUserSchema)) body: CreateStaffUserRequest) {
    return this.users.create(actor, body);
  }

  @Put(':id/concierge')
  @HttpCode(204)
  @ApiOperation({ operationId: 'linkStaffConcierge', summary: 'Which concierge profile a staff account works as; its leads become the account’s (admins)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(staffConciergeLinkSchema)
  async linkConcierge(@CurrentActor() actor: Actor, @Param('id', idParam) id: number, @Body(new ZodPipe(staffConciergeLinkSchema)) body: StaffConciergeLink, @ClientIp() ip: string): Promise<void> {
    await this.users.linkConcierge(actor, id, body.conciergeId, ip);
  }
}
