import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  consentRequestSchema,
  guestLoginSchema,
  IDEMPOTENCY_KEY_PATTERN,
  intentRequestSchema,
  investorSessionSchema,
  langQuerySchema,
  messageRequestSchema,
  myDataExportSchema,
  myIntentListSchema,
  myIntentSchema,
  privacyNoticeSchema,
  subscribeRequestSchema,
  wechatLoginSchema,
  type IntentRequest,
  type MessageRequest,
} from '@zhaoshang/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ClientIp } from '../auth/staff-auth.guard';
import { AppException } from '../common/app.exception';
import { requestLanguage } from '../common/language';
import { ApiZodBody, ApiZodQuery, ApiZodResponse, ZodPipe } from '../common/zod';
import { CurrentInvestor, CurrentInvestorId, DeferInvestorLookup, InvestorAuthGuard, type InvestorActor } from '../investors/investor-auth';
import { idParam } from '../policies/policies.controller';
import { IntentsService } from './intents.service';

function idempotencyKey(value: string | undefined): string {
  if (!value) throw AppException.validation([{ field: 'header.Idempotency-Key', code: 'required' }]);
  if (!IDEMPOTENCY_KEY_PATTERN.test(value)) throw AppException.validation([{ field: 'header.Idempotency-Key', code: 'invalid_format' }]);
  return value.toLowerCase();
}

@ApiTags('investor')
@Controller('api/v1')
export class IntentsController {
  constructor(private readonly intents: IntentsService) {}

  @Post('auth/wechat')
  @HttpCode(200)
  @ApiOperation({ operationId: 'wechatLogin', summary: 'Sign in with the mini-program login code (jscode2session); session_key never leaves the server' })
  @ApiZodBody(wechatLoginSchema)
  @ApiZodResponse(200, investorSessionSchema)
  wechat(@Body(new ZodPipe(wechatLoginSchema)) body: { code: string }) {
    return this.intents.wechatLogin(body.code);
  }

  @Post('auth/guest')
  @HttpCode(200)
  @ApiOperation({ operationId: 'guestLogin', summary: 'An anonymous device identity for the H5 app (rate-limited per IP)' })
  @ApiZodBody(guestLoginSchema)
  @ApiZodResponse(200, investorSessionSchema)
  guest(@Body(new ZodPipe(guestLoginSchema.optional().transform((b) => b ?? {}))) body: { deviceId?: string }, @ClientIp() ip: string) {
    return this.intents.guestLogin(body.deviceId, ip);
  }

  @Get('privacy')
  @ApiOperation({ operationId: 'getPrivacyNotice', summary: 'The current privacy notice, in the requested language' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, privacyNoticeSchema)
  privacy(@Req() request: FastifyRequest) {
    return this.intents.privacyNotice(requestLanguage(request));
  }

  @Post('me/consent')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'giveConsent', summary: 'Agree to the privacy notice of this version (stored with the version)' })
  @ApiZodBody(consentRequestSchema)
  async consent(@CurrentInvestor() investor: InvestorActor, @Body(new ZodPipe(consentRequestSchema)) body: { version: string }): Promise<void> {
    await this.intents.consent(investor, body.version);
  }

  @Post('intents')
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  // the account is read in the same statement as the duplicate check: one round trip fewer
  @DeferInvestorLookup()
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'UUID v4 made by the client once per submission and reused on every retry' })
  @ApiOperation({ operationId: 'submitIntent', summary: 'Submit an investment intent; assigned to a concierge at once. A retry with the same Idempotency-Key answers the same intent (200)' })
  @ApiZodBody(intentRequestSchema)
  @ApiZodResponse(201, myIntentSchema)
  async submit(
    @CurrentInvestorId() investorId: number,
    @Headers('idempotency-key') key: string | undefined,
    @Body(new ZodPipe(intentRequestSchema)) body: IntentRequest,
    @ClientIp() ip: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { intent, replayed } = await this.intents.submit(investorId, body, idempotencyKey(key), ip, requestLanguage(request));
    void reply.status(replayed ? 200 : 201);
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return intent;
  }

  @Get('me/intents')
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'listMyIntents', summary: 'My intents, newest first' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, myIntentListSchema)
  list(@CurrentInvestor() investor: InvestorActor, @Req() request: FastifyRequest) {
    return this.intents.listMine(investor, requestLanguage(request));
  }

  @Get('me/intents/:id')
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'getMyIntent', summary: 'One of my intents: stage timeline, concierge, deadline, messages (404 for anyone else)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, myIntentSchema)
  get(@CurrentInvestor() investor: InvestorActor, @Param('id', idParam) id: number, @Req() request: FastifyRequest) {
    return this.intents.getMine(investor, id, requestLanguage(request));
  }

  @Post('me/intents/:id/messages')
  @HttpCode(200)
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'sendMyMessage', summary: 'Write to my concierge about this intent (a retry with the same clientId is stored once)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(messageRequestSchema)
  @ApiZodResponse(200, myIntentSchema)
  message(@CurrentInvestor() investor: InvestorActor, @Param('id', idParam) id: number, @Body(new ZodPipe(messageRequestSchema)) body: MessageRequest, @Req() request: FastifyRequest) {
    return this.intents.sendMessage(investor, id, body, requestLanguage(request));
  }

  @Post('me/intents/:id/subscriptions')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'subscribeMyIntent', summary: 'Record the subscribe-message templates the investor accepted (weapp requestSubscribeMessage)' })
  @ApiParam({ name: 'id', schema: { type: 'integer' } })
  @ApiZodBody(subscribeRequestSchema)
  async subscribe(@CurrentInvestor() investor: InvestorActor, @Param('id', idParam) id: number, @Body(new ZodPipe(subscribeRequestSchema)) body: z.output<typeof subscribeRequestSchema>): Promise<void> {
    await this.intents.subscribe(investor, id, body.accepted);
  }

  @Get('me/export')
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'exportMyData', summary: 'Everything stored about me: account, consents, intents and messages' })
  @ApiZodQuery(langQuerySchema)
  @ApiZodResponse(200, myDataExportSchema)
  export(@CurrentInvestor() investor: InvestorActor, @Req() request: FastifyRequest) {
    return this.intents.exportData(investor, requestLanguage(request));
  }

  @Delete('me')
  @HttpCode(204)
  @ApiBearerAuth()
  @UseGuards(InvestorAuthGuard)
  @ApiOperation({ operationId: 'deleteMe', summary: 'Delete my account: personal data erased, anonymous statistics kept; the token stops working' })
  async remove(@CurrentInvestor() investor: InvestorActor): Promise<void> {
    await this.intents.deleteAccount(investor);
  }
}
