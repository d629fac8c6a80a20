/** The interface's two languages: the same messages in both, substitutions that line up, the language chosen. */
import { describe, expect, it } from 'vitest';
import en from '../../assets/public/_locales/en/messages.json';
import zhCN from '../../assets/public/_locales/zh_CN/messages.json';
import { resolveLanguage, translator } from '../../src/i18n/translate';

const substitutions = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('_locales', () => {
  it('has every English message in Simplified Chinese, with the same substitutions', () => {
    const zh = zhCN as Record<string, { message: string }>;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      expect(substitutions(zh[key]!.message), key).toEqual(substitutions(message));
      expect(zh[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('uses only the key characters browser.i18n accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });
});

describe('resolveLanguage', () => {
  it('follows the browser unless the reader chose', () => {
    expect(resolveLanguage('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLanguage('auto', 'zh_TW')).toBe('zh_CN');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'de')).toBe('en');
    expect(resolveLanguage('en', 'zh-CN')).toBe('en');
    expect(resolveLanguage('zh_CN', 'en-GB')).toBe('zh_CN');
  });
});

describe('translator', () => {
  it('fills $1 and answers in the chosen language', () => {
    expect(translator('en')('tooltipHskBand', 3)).toBe('HSK 3');
    expect(translator('zh_CN')('tooltipHskBand', 3)).toBe('HSK 3 级');
    expect(translator('zh_CN')('tooltipNoEntry')).toBe('词典中没有这个词。');
  });
});

describe('extension pages', () => {
  it('name only messages that exist in their data-i18n attributes', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const page of ['entrypoints/options/index.html', 'entrypoints/popup/index.html']) {
      const html = await readFile(page, 'utf8');
      const keys = [...html.matchAll(/data-i18n(?:-title)?="([^"]+)"/g)].map((m) => m[1]!);
      expect(keys.length, page).toBeGreaterThan(1);
      for (const key of keys) expect(Object.keys(en), `${page}: ${key}`).toContain(key);
    }
  });
});
