import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fastifyStatic, { type FastifyStaticOptions } from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { AnswerCache } from './common/answer-cache';
import { SafeLogger } from './common/safe-logger';
import { t } from './common/translator';
import { DEFAULT_LANGUAGE } from '@zhaoshang/contracts';
import { openApiComponents } from './common/zod';
import type { AppConfig } from './config/config.schema';

const REPO_ROOT = resolve(__dirname, '../../..');
export const DEFAULT_H5_DIST = join(REPO_ROOT, 'apps/miniapp/dist/h5');
export const DEFAULT_ADMIN_DIST = join(REPO_ROOT, 'apps/admin/dist');

/** The caller's request id when it is a sane token (a proxy's, say), else a new one. */
function requestId(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}

export type CreateAppOptions = { logger?: SafeLogger | false };

export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // Filled in once Nest has built the providers; until then every request takes the normal route.
  let answers: AnswerCache | undefined;
  const adapter = new FastifyAdapter({
    // Repeated public GETs answered from a feature's read model straight on node:http, ahead of
    // Fastify's request/reply objects and hooks: for these answers that machinery costs more than
    // the answer itself. Everything AnswerCache does not know goes to Fastify unchanged.
    serverFactory: (handler: RequestListener) =>
      createServer((req, res) => {
        const hit = answers?.find(req.method ?? '', req.url ?? '', req.headers['accept-language']);
        if (hit === undefined) return handler(req, res);
        const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        const body = gzip ? hit.gzip : hit.json;
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
          vary: 'accept-encoding, accept-language',
          'x-answer-cache': 'hit',
          'x-request-id': requestId(req.headers),
          'x-content-type-options': 'nosniff',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        res.end(body);
      }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (req: { headers: IncomingHttpHeaders }) => requestId(req.headers),
    // no request logging by Fastify: bodies and URLs may carry personal data
    logger: false,
    // requests Node's HTTP parser refuses (raw non-ASCII in the URL, broken headers) never reach a
    // route; they still get the error contract (in the default language: no header is trusted)
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return;
      const body = JSON.stringify({ code: 'BAD_REQUEST', message: t(DEFAULT_LANGUAGE, 'BAD_REQUEST'), details: [] });
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger === undefined ? new SafeLogger(config.LOG_LEVEL) : options.logger,
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  app.useGlobalFilters(new AllExceptionsFilter());

  const fastify = app.getHttpAdapter().getInstance();
  // JSON only: a text body to a JSON endpoint is refused as 415 instead of parsed as a string.
  // Parser errors (bad JSON, oversized body) reach AllExceptionsFilter through Nest's error handler.
  fastify.removeContentTypeParser(['text/plain']);
  // callback style, not async: this runs for every reply and a promise per request shows in the bench
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff');
    done(null, payload);
  });

  const document = buildOpenApi(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });

  await serveBuiltApps(app, config);
  await app.init();
  await fastify.ready();
  answers = app.get(AnswerCache);
  return app;
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('Zhaoshang API')
    .setDescription(
      'Investment-promotion platform: public reads for the mini-program, investor endpoints, and the staff console under /api/v1/admin. ' +
        'Every error is `{ code, message, details }` with `message` in the caller\'s language (`lang` query, else Accept-Language, else zh-CN).',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, builder, { operationIdFactory: (_c, method) => method });
  document.components = { ...document.components, schemas: { ...(document.components?.schemas ?? {}), ...(openApiComponents() as Record<string, object>) } } as OpenAPIObject['components'];
  return document;
}

/** A long-lived cache entry: the name changes whenever the content does. */
export const HASHED_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated on every use; ETag and Last-Modified make that a 304. */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

type BuiltApp = {
  root: string;
  prefix: string;
  /** folders (relative to root) whose every file name carries a content hash */
  hashed: readonly string[];
};

/**
 * @fastify/static options for a built app: the `.br`/`.gz` variants scripts/precompress.mjs writes
 * beside each file are sent by Accept-Encoding (with `Vary: Accept-Encoding`; the plain file when
 * none is accepted or none was written), hashed files are cached for a year, the rest revalidated.
 */
function staticOptions(app: BuiltApp, decorateReply: boolean): FastifyStaticOptions {
  return {
    root: app.root,
    prefix: app.prefix,
    wildcard: false,
    decorateReply,
    index: ['index.html'],
    preCompressed: true,
    // the variants are found beside their file, never asked for by name
    globIgnore: ['**/*.br', '**/*.gz'],
    cacheControl: false,
    setHeaders: (reply, path) => {
      const file = relative(app.root, path).split(sep).join('/');
      void reply.header('cache-control', app.hashed.some((dir) => file.startsWith(dir)) ? HASHED_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL);
    },
  };
}

/** The H5 build at `/`, the console at `/admin/` (with deep links falling back to its index.html). */
async function serveBuiltApps(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  // Vite names everything under assets/ by content (apps/admin/vite.config.ts); the H5 build names
  // js/ and css/ files by hash (apps/miniapp/config/index.ts, h5.output and miniCssExtractPluginOption).
  const admin: BuiltApp = { root: config.ADMIN_DIST ?? DEFAULT_ADMIN_DIST, prefix: '/admin/', hashed: ['assets/'] };
  const h5: BuiltApp = { root: config.H5_DIST ?? DEFAULT_H5_DIST, prefix: '/', hashed: ['js/', 'css/'] };
  if (existsSync(join(admin.root, 'index.html'))) {
    // decorates reply.sendFile with these options, for the deep-link fallback below
    await fastify.register(fastifyStatic, staticOptions(admin, true));
    fastify.get('/admin', (_req, reply) => reply.redirect('/admin/'));
    fastify.get('/admin/*', (request, reply) => {
      // a real asset that is missing stays a 404; a page route gets the single-page app
      if (/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) return reply.callNotFound();
      return reply.sendFile('index.html');
    });
  }
  if (existsSync(join(h5.root, 'index.html'))) {
    await fastify.register(fastifyStatic, staticOptions(h5, false));
  }
}
