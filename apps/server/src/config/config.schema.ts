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
