#!/usr/bin/env node
// `pnpm dev`: server (swc watch + node --watch) on :3000, console on Vite :5173 (proxies /api),
// mini-program H5 in watch mode (served by the server at /). Ctrl-C stops all.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mustRun, ROOT } from './lib.mjs';

mustRun('pnpm', ['--filter', './packages/**', '--filter', '@zhaoshang/server', 'run', 'build']);
const server = join(ROOT, 'apps/server');
mustRun(process.execPath, [join(server, 'dist/database/cli.js'), 'migrate']);
mustRun(process.execPath, [join(server, 'dist/database/cli.js'), 'seed']);

const children = [
  spawn('pnpm', ['exec', 'swc', 'src', '-d', 'dist', '--strip-leading-paths', '--config-file', '../../.swcrc', '--ignore', '**/*.spec.ts', '-w'], { cwd: server, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path', join(server, 'dist'), join(server, 'dist/main.js')], { cwd: ROOT, stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@zhaoshang/admin', 'run', 'dev'], { cwd: ROOT, stdio: 'inherit' }),
  spawn('pnpm', ['--filter', '@zhaoshang/miniapp', 'run', 'dev:h5'], { cwd: ROOT, stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
