import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { configSchema, type AppConfig, type DatabaseConfig } from './config.schema';

export class ConfigError extends Error {}

export const APP_CONFIG = Symbol('APP_CONFIG');

export function parseDatabaseUrl(url: string, poolSize: number): DatabaseConfig {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { kind: 'sqlite', path: path === ':memory:' ? path : resolve(path) };
  }
  const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
  return {
    kind: 'mysql',
    url: parsed.toString(),
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    poolSize,
  };
}

/** Reads and validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example for every variable.`);
  }
  const c = result.data;
  if (c.NODE_ENV === 'production' && !c.AUTH_TOKEN_SECRET) {
    throw new ConfigError('Invalid configuration:\n  AUTH_TOKEN_SECRET: required when NODE_ENV=production (32+ characters)');
  }
  return {
    ...c,
    database: parseDatabaseUrl(c.DATABASE_URL, c.DATABASE_POOL_SIZE),
    authTokenSecret: c.AUTH_TOKEN_SECRET ?? randomBytes(32).toString('hex'),
    ephemeralSecret: !c.AUTH_TOKEN_SECRET,
  };
}

/** Reads ./.env into the environment when present; variables already set win. */
export function loadDotEnv(file = '.env'): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
