import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppException } from '../common/app.exception';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config.schema';
import { SettingEntity } from '../meta/setting.entity';
import { OutgoingError, requestJson } from './outgoing-http';

const TOKEN_SETTING = 'wechat.access_token';
/** access_token invalid or expired: fetch a new one and try again */
const TOKEN_ERRORS = new Set([40001, 40014, 42001]);
/** the investor has no subscription left for this template, or the template is wrong: retrying cannot help */
const PERMANENT_SEND_ERRORS = new Set([43101, 40003, 40037, 47003]);

export type Subscribe = { touser: string; template_id: string; page: string; data: Record<string, { value: string }>; lang: 'zh_CN' | 'en_US' };

/** WeChat's server API for the mini-program: sign-in and subscribe messages. */
@Injectable()
export class WechatClient {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  get configured(): boolean {
    return !!this.config.WECHAT_APP_ID && !!this.config.WECHAT_APP_SECRET;
  }

  private url(path: string, query: Record<string, string>): string {
    const url = new URL(path, this.config.WECHAT_API_BASE);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    return url.toString();
  }

  /** jscode2session: the investor's openid. The session_key stays on the server and is not kept. */
  async codeToSession(code: string): Promise<{ openid: string; unionid: string | null }> {
    if (!this.configured) throw new AppException('WECHAT_NOT_CONFIGURED', 503);
    let answer: Record<string, unknown>;
    try {
      answer = await requestJson(
        this.url('/sns/jscode2session', { appid: this.config.WECHAT_APP_ID ?? '', secret: this.config.WECHAT_APP_SECRET ?? '', js_code: code, grant_type: 'authorization_code' }),
        { method: 'GET' },
        this.config.OUTGOING_HTTP_TIMEOUT_MS,
      );
    } catch {
      throw new AppException('SERVICE_UNAVAILABLE', 503);
    }
    const errcode = Number(answer.errcode ?? 0);
    if (errcode === 45011) throw AppException.rateLimited(60);
    if (errcode === -1) throw new AppException('SERVICE_UNAVAILABLE', 503);
    // 40029 invalid code, 40163 code already used, 40226 blocked user, …
    if (errcode !== 0 || typeof answer.openid !== 'string' || !answer.openid) throw new AppException('WECHAT_LOGIN_FAILED', 401);
    return { openid: answer.openid, unionid: typeof answer.unionid === 'string' ? answer.unionid : null };
  }

  /** The app's access_token, kept in the database so every replica shares one (WeChat revokes older ones). */
  private async accessToken(forceNew = false): Promise<string> {
    const settings = this.ds.getRepository(SettingEntity);
    if (!forceNew) {
      const row = await settings.findOneBy({ key: TOKEN_SETTING });
      const v = row?.value as { token?: string; expiresAt?: number } | undefined;
      if (v?.token && (v.expiresAt ?? 0) > Date.now() + 60_000) return v.token;
    }
    const answer = await requestJson(
      this.url('/cgi-bin/token', { grant_type: 'client_credential', appid: this.config.WECHAT_APP_ID ?? '', secret: this.config.WECHAT_APP_SECRET ?? '' }),
      { method: 'GET' },
      this.config.OUTGOING_HTTP_TIMEOUT_MS,
    );
    if (typeof answer.access_token !== 'string') throw new OutgoingError(`token errcode ${String(answer.errcode)}`, true, Number(answer.errcode));
    const value = { token: answer.access_token, expiresAt: Date.now() + Number(answer.expires_in ?? 7200) * 1000 };
    await settings.save({ key: TOKEN_SETTING, value });
    return value.token;
  }

  async sendSubscribe(message: Subscribe): Promise<void> {
    if (!this.configured) throw new OutgoingError('wechat not configured', false);
    for (let attempt = 0; attempt < 2; attempt++) {
      const token = await this.accessToken(attempt > 0);
      const answer = await requestJson(
        this.url('/cgi-bin/message/subscribe/send', { access_token: token }),
        { method: 'POST', body: { ...message, miniprogram_state: this.config.WECHAT_MINIPROGRAM_STATE } },
        this.config.OUTGOING_HTTP_TIMEOUT_MS,
      );
      const errcode = Number(answer.errcode ?? 0);
      if (errcode === 0) return;
      if (TOKEN_ERRORS.has(errcode) && attempt === 0) continue;
      throw new OutgoingError(`subscribe errcode ${errcode}`, !PERMANENT_SEND_ERRORS.has(errcode), errcode);
    }
  }
}

/** WeCom group robot: a text message to the lead desk's group. */
@Injectable()
export class WecomRobot {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get configured(): boolean {
    return !!this.config.WECOM_WEBHOOK_URL;
  }

  async send(content: string): Promise<void> {
    if (!this.config.WECOM_WEBHOOK_URL) throw new OutgoingError('wecom not configured', false);
    const answer = await requestJson(this.config.WECOM_WEBHOOK_URL, { method: 'POST', body: { msgtype: 'text', text: { content } } }, this.config.OUTGOING_HTTP_TIMEOUT_MS);
    const errcode = Number(answer.errcode ?? 0);
    // 45009: the robot's rate limit (20 messages a minute): later
    if (errcode !== 0) throw new OutgoingError(`wecom errcode ${errcode}`, errcode === 45009 || errcode === -1, errcode);
  }
}
