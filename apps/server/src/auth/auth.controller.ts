import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  changePasswordSchema,
  loginRequestSchema,
  refreshRequestSchema,
  sessionResponseSchema,
  staffUserSchema,
  type ChangePasswordRequest,
  type LoginRequest,
  type RefreshRequest,
} from '@zhaoshang/contracts';
import { ApiZodBody, ApiZodResponse, ZodPipe } from '../common/zod';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import { ClientIp, CurrentActor, StaffAuthGuard } from './staff-auth.guard';

@ApiTags('admin')
@Controller('api/v1/admin/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminLogin', summary: 'Sign in to the console (rate-limited per account and IP)' })
  @ApiZodBody(loginRequestSchema)
  @ApiZodResponse(200, sessionResponseSchema)
  login(@Body(new ZodPipe(loginRequestSchema)) body: LoginRequest, @ClientIp() ip: string) {
    return this.auth.login(body, ip);
  }

  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ operationId: 'adminRefresh', summary: 'Exchange a refresh token for a new access token (rotates it)' })
  @ApiZodBody(refreshRequestSchema)
  @ApiZodResponse(200, sessionResponseSchema)
  refresh(@Body(new ZodPipe(refreshRequestSchema)) body: RefreshRequest, @ClientIp() ip: string) {
    return this.auth.refresh(body.refreshToken, ip);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  @ApiOperation({ operationId: 'adminLogout', summary: 'Revoke the current session' })
  async logout(@CurrentActor() actor: Actor, @ClientIp() ip: string): Promise<void> {
    await this.auth.logout(actor, ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  @ApiOperation({ operationId: 'adminMe', summary: 'The signed-in staff member' })
  @ApiZodResponse(200, staffUserSchema)
  me(@CurrentActor() actor: Actor) {
    return this.auth.me(actor);
  }

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(StaffAuthGuard)
  @ApiOperation({ operationId: 'adminChangePassword', summary: 'Change my password; ends my other sessions' })
  @ApiZodBody(changePasswordSchema)
  async changePassword(@CurrentActor() actor: Actor, @Body(new ZodPipe(changePasswordSchema)) body: ChangePasswordRequest, @ClientIp() ip: string): Promise<void> {
    await this.auth.changePassword(actor, body, ip);
  }
}
