import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every environment variable the server reads. Validated once at boot; a bad value stops the
 * process with the variable named. `.env.example` documents the same list.
 */
export const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** `sqlite:<path>` (default) or `mysql://user:pass@host:port/db` (MySQL 8, MariaDB 10.11) */
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/zhaoshang.sqlite')
    .refine((v) => /^sqlite:.+/.test(v) || /^(mysql|mariadb):\/\/[^/]+\/[A-Za-z0-9_$-]+/.test(v), {
      message: 'must be sqlite:<path> or mysql://user:pass@host:port/database',
    }),
  /** run pending migrations when the server starts (single-replica setups; `pnpm start` migrates before starting) */
  DATABASE_MIGRATE_ON_BOOT: bool.default(false),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * optional Redis for the shared counters (rate limits, round-robin positions): one round trip
   * each instead of database writes; without it they live in the database
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://[user:password@]host:port[/db]')
    .optional(),
  /** prefix of every Redis key, so several instances can share one Redis */
  REDIS_KEY_PREFIX: z.string().min(1).max(64).default('zs:'),
  /** HMAC key for access tokens; required in production, at least 32 characters */
  AUTH_TOKEN_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** password of the first admin (user name `admin`); a random one is printed once when unset */
  ADMIN_INITIAL_PASSWORD: z.string().min(10).max(256).optional(),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(10).default(900),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(1024 * 1024),
  /** set when behind a reverse proxy so client IPs come from X-Forwarded-For */
  TRUST_PROXY: bool.default(false),
  /** folders of the built mini-program H5 app and admin console; empty disables serving */
  H5_DIST: z.string().optional(),
  ADMIN_DIST: z.string().optional(),
  WECHAT_APP_ID: z.string().optional(),
  WECHAT_APP_SECRET: z.string().optional(),
  WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  /** comma-separated subscribe-message template ids: stage change, staff reply */
  WECHAT_TEMPLATE_STAGE: z.string().max(64).optional(),
  WECHAT_TEMPLATE_REPLY: z.string().max(64).optional(),
  /** mini-program version the subscribe messages open: formal, trial or developer */
  WECHAT_MINIPROGRAM_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
  /** WeCom group-robot webhook for new and overdue leads (https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…) */
  WECOM_WEBHOOK_URL: z.string().url().optional(),
  OUTGOING_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
  INVESTOR_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INTENT_MAX_PER_INVESTOR_PER_HOUR: z.coerce.number().int().min(1).default(10),
  INTENT_MAX_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
  GUEST_MAX_PER_IP_PER_HOUR: z.coerce.number().int().min(1).default(60),
  /** working calendar for reply deadlines: days 1=Mon…7=Sun, hours, IANA time zone */
  WORK_DAYS: z
    .string()
    .regex(/^[1-7](,[1-7])*$/)
    .default('1,2,3,4,5')
    .transform((v) => v.split(',').map(Number)),
  WORK_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/)
    .default('09:00-18:00'),
  WORK_TIMEZONE: z.string().default('Asia/Shanghai'),
  /** working hours staff have to act per stage, e.g. new:4,contacted:24,negotiating:72,site_visit:120,signed:240; message: to answer an investor's message */
  REPLY_HOURS: z
    .string()
    .default('new:4,contacted:24,negotiating:72,site_visit:120,signed:240,message:8')
    .transform((v, ctx) => {
      const out: Record<string, number> = {};
      for (const part of v.split(',')) {
        const [k, h] = part.split(':');
        if (!k || !h || !Number.isFinite(Number(h)) || Number(h) <= 0) {
          ctx.addIssue({ code: 'custom', message: 'must be stage:hours pairs, e.g. new:4,contacted:24' });
          return z.NEVER;
        }
        out[k.trim()] = Number(h);
      }
      return out;
    }),
  /** background work (outbox delivery, overdue escalation); off for one-off CLI runs */
  WORKER_ENABLED: bool.default(true),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).max(600000).default(2000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  LOG_LEVEL: z.enum(['error', 'warn', 'log', 'debug', 'verbose']).default('log'),
});

export type AppConfig = z.infer<typeof configSchema> & {
  database: DatabaseConfig;
  authTokenSecret: string;
  /** true when AUTH_TOKEN_SECRET was not configured and a per-process one is used */
  ephemeralSecret: boolean;
};

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'mysql'; url: string; host: string; port: number; database: string; poolSize: number };
