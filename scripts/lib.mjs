import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command in the foreground; returns its exit code (never throws). */
export function run(cmd, args, { cwd = ROOT, env = {} } = {}) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

export function mustRun(cmd, args, options) {
  const code = run(cmd, args, options);
  if (code !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${code})`);
    process.exit(code);
  }
}

/**
 * Builds everything a running system needs: packages, server, console, H5 (and weapp when asked,
 * against `weappApiBase`: a WeChat build refuses to build without an https API origin).
 */
export function buildAll({ weapp = false, weappApiBase } = {}) {
  mustRun('pnpm', ['--filter', './packages/**', '--filter', '@zhaoshang/server', '--filter', '@zhaoshang/admin', 'run', 'build']);
  mustRun('pnpm', ['--filter', '@zhaoshang/miniapp', 'run', 'build:h5']);
  if (weapp) mustRun('pnpm', ['--filter', '@zhaoshang/miniapp', 'run', 'build:weapp'], { env: weappApiBase ? { TARO_APP_API_BASE: weappApiBase } : {} });
}
