import { Body, Controller, Get, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { createStaffUserSchema, pageQuerySchema, staffUserListSchema, staffUserSchema, type CreateStaffUserRequest } from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
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
}
