/** A call to an outside service failed; `retryable` says whether trying again may help. */
export class OutgoingError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly errcode?: number,
  ) {
    super(message);
    this.name = 'OutgoingError';
  }
}

/**
 * JSON over HTTP to WeChat / WeCom with a timeout. Real requests through Node's fetch; tests point
 * the base URLs at fake servers on 127.0.0.1. Never logs the URL (it carries secrets and keys).
 */
export async function requestJson(url: string, init: { method: 'GET' | 'POST'; body?: unknown }, timeoutMs: number): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new OutgoingError(`network: ${error instanceof Error ? error.name : 'error'}`, true);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw new OutgoingError(`http ${response.status}`, response.status >= 500 || response.status === 429);
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new OutgoingError('not json', true);
}
