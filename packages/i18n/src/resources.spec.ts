import { LANGUAGES } from '@zhaoshang/contracts';
import { ERROR_CODES, FIELD_ERROR_CODES } from '@zhaoshang/contracts';
import { NAMESPACES, resources, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n resources', () => {
  for (const ns of NAMESPACES) {
    const allKeys = new Set(LANGUAGES.flatMap((lang) => Object.keys(resources[lang][ns])));
    it(`${ns}: every key exists and is non-empty in zh-CN, en and ja`, () => {
      const problems: string[] = [];
      for (const key of allKeys) {
        for (const lang of LANGUAGES) {
          const value = resources[lang][ns][key];
          if (typeof value !== 'string' || value.trim() === '') problems.push(`${lang}:${ns}:${key}`);
        }
      }
      expect(problems).toEqual([]);
    });
    it(`${ns}: placeholders are the same in every language`, () => {
      const problems: string[] = [];
      for (const key of allKeys) {
        const expected = placeholders(resources['zh-CN'][ns][key] ?? '');
        for (const lang of LANGUAGES) {
          if (JSON.stringify(placeholders(resources[lang][ns][key] ?? '')) !== JSON.stringify(expected)) problems.push(`${lang}:${key}`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('has a message for every error code and every field code', () => {
    const keys = Object.keys(resources['zh-CN'].errors);
    const missing = [...ERROR_CODES, ...FIELD_ERROR_CODES.map((c) => `field.${c}`)].filter((k) => !keys.includes(k));
    expect(missing).toEqual([]);
  });

  it('uses the glossary terms for the five features', () => {
    expect(resources.ja.common['feature.policies']).toBe('政策ナビ');
    expect(resources.en.common['feature.concierge']).toBe('Concierge');
    expect(resources['zh-CN'].common['feature.heatmap']).toBe('投资热力图');
  });

  it('translate interpolates and falls back along the chain', () => {
    expect(translate('en', 'errors', 'RATE_LIMITED', { retryAfter: 30 })).toBe('Too many attempts. Please try again in 30 seconds.');
    expect(translate('ja', 'errors', 'no.such.key')).toBe('no.such.key');
  });
});
