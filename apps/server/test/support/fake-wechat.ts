import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type FakeWechat = {
  /** base URL for WECHAT_API_BASE */
  base: string;
  /** URL for WECOM_WEBHOOK_URL */
  wecomUrl: string;
  /** subscribe messages WeChat accepted */
  subscribeMessages: Record<string, unknown>[];
  /** WeCom robot messages accepted */
  wecomMessages: string[];
  /** the next n WeCom / subscribe calls fail (HTTP 500) */
  failWecom: number;
  failSubscribe: number;
  tokensIssued: number;
  close(): Promise<void>;
};

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => resolve(data));
  });

/**
 * WeChat's server API and a WeCom group robot as the tests need them, on 127.0.0.1. Codes:
 * `ok-<openid>` signs in as that openid, `invalid` answers 40029, `busy` 45011, `down` -1.
 */
export async function startFakeWechat(appId = 'wx-test-app', secret = 'wx-test-secret'): Promise<FakeWechat> {
  let token = '';
  const state = { subscribeMessages: [] as Record<string, unknown>[], wecomMessages: [] as string[], failWecom: 0, failSubscribe: 0, tokensIssued: 0 };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const body = await readBody(req);
    if (url.pathname === '/sns/jscode2session') {
      if (url.searchParams.get('appid') !== appId || url.searchParams.get('secret') !== secret) return json(200, { errcode: 40125, errmsg: 'invalid appsecret' });
      const code = url.searchParams.get('js_code') ?? '';
      if (code === 'busy') return json(200, { errcode: 45011, errmsg: 'api minute-quota reach limit' });
      if (code === 'down') return json(200, { errcode: -1, errmsg: 'system error' });
      if (!code.startsWith('ok-')) return json(200, { errcode: 40029, errmsg: 'invalid code' });
      return json(200, { openid: code.slice(3), session_key: 'SECRET-SESSION-KEY', unionid: `u-${code.slice(3)}` });
    }
    if (url.pathname === '/cgi-bin/token') {
      state.tokensIssued++;
      token = `token-${state.tokensIssued}`;
      return json(200, { access_token: token, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/message/subscribe/send') {
      if (url.searchParams.get('access_token') !== token) return json(200, { errcode: 40001, errmsg: 'invalid credential' });
      if (state.failSubscribe > 0) {
        state.failSubscribe--;
        return json(500, {});
      }
      state.subscribeMessages.push(JSON.parse(body) as Record<string, unknown>);
      return json(200, { errcode: 0, errmsg: 'ok' });
    }
    if (url.pathname === '/wecom') {
      if (state.failWecom > 0) {
        state.failWecom--;
        return json(500, {});
      }
      const parsed = JSON.parse(body) as { text: { content: string } };
      state.wecomMessages.push(parsed.text.content);
      return json(200, { errcode: 0, errmsg: 'ok' });
    }
    json(404, { errcode: 404 });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const fake = Object.assign(state, {
    base: `http://127.0.0.1:${port}`,
    wecomUrl: `http://127.0.0.1:${port}/wecom?key=test`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return fake;
}
