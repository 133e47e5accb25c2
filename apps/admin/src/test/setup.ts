// jsdom lacks a few browser APIs that antd and react-router use. Shims only; no behaviour is faked.




if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string): MediaQueryList => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

// jsdom throws "Not implemented" for the pseudo-element argument that antd passes.
const computedStyle = window.getComputedStyle.bind(window);
window.getComputedStyle = (element: Element) => computedStyle(element);

if (!('ResizeObserver' in window)) {
  class ResizeObserverShim {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverShim });
}

// rc-component/form schedules work with a MessageChannel macrotask. Node's own MessageChannel keeps
// the worker alive while a port listens, so use a timer-based one with the same ordering guarantee.
if (!('MessageChannel' in window)) {
  type Listener = ((event: { data: unknown }) => void) | null;
  class MessageChannelShim {
    readonly port1: { onmessage: Listener; postMessage: (data: unknown) => void; close: () => void };
    readonly port2: { onmessage: Listener; postMessage: (data: unknown) => void; close: () => void };
    constructor() {
      const port = (peer: () => { onmessage: Listener }) => ({
        onmessage: null as Listener,
        postMessage: (data: unknown) => setTimeout(() => peer().onmessage?.({ data }), 0),
        close: () => undefined,
      });
      this.port1 = port(() => this.port2);
      this.port2 = port(() => this.port1);
    }
  }
  Object.assign(globalThis, { MessageChannel: MessageChannelShim });
}
