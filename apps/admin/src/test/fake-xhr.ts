import type { HttpMethod, Transport } from '@zhaoshang/api-client';

type Handler<E> = ((event: E) => void) | null;
type Progress = { lengthComputable: boolean; loaded: number; total: number };

/**
 * XMLHttpRequest for component tests, answered by the fake server's transport (jsdom's own would
 * go to the network). The body "uploads" in three steps with progress events, as a browser reports
 * them; `pause()` holds the answers back so a test can see what the page shows meanwhile.
 */
export function installFakeXhr(transport: Transport) {
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

  class FakeXMLHttpRequest {
    readonly upload: { onprogress: Handler<Progress>; onload: Handler<unknown> } = { onprogress: null, onload: null };
    onload: Handler<unknown> = null;
    onerror: Handler<unknown> = null;
    onabort: Handler<unknown> = null;
    status = 0;
    responseText = '';
    private method: HttpMethod = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};

    open(method: HttpMethod, url: string) {
      this.method = method;
      this.url = url;
    }

    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }

    send(body: string | null) {
      const total = body?.length ?? 0;
      void (async () => {
        for (const part of [0.3, 0.6, 1]) {
          await tick();
          this.upload.onprogress?.({ lengthComputable: true, loaded: Math.round(total * part), total });
        }
        this.upload.onload?.({});
        await gate;
        try {
          const answer = await transport({ method: this.method, url: this.url, headers: { ...this.headers }, body: body ?? undefined });
          this.status = answer.status;
          this.responseText = answer.body === null ? '' : JSON.stringify(answer.body);
          this.onload?.({});
        } catch {
          this.onerror?.({});
        }
      })();
    }
  }

  const original = window.XMLHttpRequest;
  Object.assign(window, { XMLHttpRequest: FakeXMLHttpRequest });
  return {
    /** answers wait until `resume()` (the upload itself still completes) */
    pause: () => {
      gate = new Promise((resolve) => (open = resolve));
    },
    resume: () => open(),
    restore: () => Object.assign(window, { XMLHttpRequest: original }),
  };
}
