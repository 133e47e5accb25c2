import { Global, Injectable, Module } from '@nestjs/common';

import { gzipSync } from 'node:zlib';

/** An answer as JSON text, gzipped on first demand for clients that accept it (WeChat and browsers do). */
export type CachedAnswer = { json: string; readonly gzip: Buffer };
type Lookup = (url: string, acceptLanguage: string) => CachedAnswer | undefined;

/** `gzip`: the compressed bytes when the caller already has them. */
export function cachedAnswer(json: string, compressed?: Buffer): CachedAnswer {
  let gzip = compressed;
  return {
    json,
    // most answers are never asked for twice: compress only those that are, and then as small as
    // gzip can (level 9 costs a few hundred µs once; the bytes are saved on every send)
    get gzip() {
      return (gzip ??= gzipSync(json, { level: 9 }));
    },
  };
}

/**
 * Lets a feature answer a repeated public GET from its in-memory read model before the request
 * enters Nest's pipeline (routing, pipes, guards cost more than the answer itself). A lookup only
 * answers what the feature answered before for the same URL and Accept-Language, and only while
 * its read model is known to be current; everything else takes the normal route.
 */
@Injectable()
export class AnswerCache {
  private readonly lookups: { path: string; lookup: Lookup }[] = [];

  register(path: string, lookup: Lookup): void {
    this.lookups.push({ path, lookup });
  }

  find(method: string, url: string, acceptLanguage: string | undefined): CachedAnswer | undefined {
    if (method !== 'GET') return undefined;
    for (const { path, lookup } of this.lookups) {
      if (url === path || (url.startsWith(path) && url[path.length] === '?')) return lookup(url, acceptLanguage ?? '');
    }
    return undefined;
  }
}

@Global()
@Module({ providers: [AnswerCache], exports: [AnswerCache] })
export class AnswerCacheModule {}
