import type { Language } from '@zhaoshang/contracts';
import { i18nextOptions } from '@zhaoshang/i18n';
import i18next, { type i18n } from 'i18next';

let instance: i18n | undefined;

function server(): i18n {
  if (!instance) {
    instance = i18next.createInstance();
    // resources are bundled, so init is synchronous
    void instance.init({ ...i18nextOptions('zh-CN', ['errors', 'common', 'policies']), initAsync: false });
  }
  return instance;
}

/** Server messages in the caller's language, from the shared i18n package. */
export function t(language: Language, key: string, params: Record<string, string | number> = {}): string {
  return server().t(key, { lng: language, ...params });
}
