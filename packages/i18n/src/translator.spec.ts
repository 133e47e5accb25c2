import { createTranslator } from './translator';

const bundles = {
  miniapp: { 'zh-CN': { greet: '你好，{{name}}', onlyZh: '仅中文' }, en: { greet: 'Hello, {{name}}' }, ja: { greet: 'こんにちは、{{name}}さん' } },
  common: { 'zh-CN': { 'action.retry': '重试' }, en: { 'action.retry': 'Retry' }, ja: { 'action.retry': '再試行' } },
  errors: { 'zh-CN': { NETWORK: '网络不可用' }, en: { NETWORK: 'No network' }, ja: { NETWORK: '' } },
};

describe('createTranslator', () => {
  it('interpolates in the current language and follows it when it changes', async () => {
    const sut = createTranslator('ja', bundles, 'miniapp');
    const changes: string[] = [];
    sut.on('languageChanged', () => changes.push(sut.language));
    expect(sut.t('greet', { name: '佐藤' })).toBe('こんにちは、佐藤さん');
    await sut.changeLanguage('en');
    expect(sut.t('greet', { name: 'Sato' })).toBe('Hello, Sato');
    expect(changes).toEqual(['en']);
  });

  it('falls back along ja → en → zh-CN, skipping empty texts', () => {
    const sut = createTranslator('ja', bundles, 'miniapp');
    expect(sut.t('onlyZh')).toBe('仅中文');
    expect(sut.t('errors:NETWORK')).toBe('No network');
  });

  it('reads `ns:key`, then the fixed namespaces in order, then common; a missing key answers the key', () => {
    const sut = createTranslator('en', bundles, 'miniapp');
    const t = sut.getFixedT(null, ['errors', 'miniapp']);
    expect(t('NETWORK')).toBe('No network');
    expect(t('greet', { name: 'Li' })).toBe('Hello, Li');
    expect(t('action.retry')).toBe('Retry');
    expect(t('common:action.retry')).toBe('Retry');
    expect(t('no.such.key')).toBe('no.such.key');
    expect(t('errors:no.such.key')).toBe('no.such.key');
    // a colon that names no namespace is part of the key
    expect(t('time: 10:00')).toBe('time: 10:00');
  });

  it('answers in another language on request, and takes namespaces added later', () => {
    const sut = createTranslator('zh-CN', bundles, 'miniapp');
    expect(sut.t('greet', { lng: 'en', name: 'Li' })).toBe('Hello, Li');
    expect(sut.hasResourceBundle('ja', 'guide')).toBe(false);
    sut.addResourceBundle('ja', 'guide', { title: '投資ガイド' });
    expect(sut.hasResourceBundle('ja', 'guide')).toBe(true);
    expect(sut.getFixedT('ja', ['guide'])('title')).toBe('投資ガイド');
  });
});
