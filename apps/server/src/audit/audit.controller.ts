import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { auditListQuerySchema, auditListSchema } from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { Actor } from '../auth/actor';
import { CurrentActor, StaffAuthGuard } from '../auth/staff-auth.guard';
import { ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { AuditService } from './audit.service';

@ApiTags('admin')
@ApiBearerAuth()
@UseGuards(StaffAuthGuard)
@Controller('api/v1/admin/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ operationId: 'listAuditLog', summary: 'Audit log, newest first (admins)' })
  @ApiZodQuery(auditListQuerySchema)
  @ApiZodResponse(200, auditListSchema)
  list(@CurrentActor() actor: Actor, @Query(new ZodPipe(auditListQuerySchema, 'query')) query: z.output<typeof auditListQuerySchema>) {
    return this.audit.list(actor, query);
  }
}
