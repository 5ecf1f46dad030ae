import { describe, expect, it } from 'vitest';
import {
  languageDirection,
  nameLanguageOf,
  resolveReaderLanguage,
} from '../../../utils/i18n/reader-language';

describe('resolveReaderLanguage', () => {
  it('uses a fixed setting whatever the browser prefers', () => {
    expect(resolveReaderLanguage('ar', ['en-US', 'en'])).toBe('ar');
    expect(resolveReaderLanguage('zh', [])).toBe('zh');
  });

  it('on auto, takes the first preferred language cards are written in', () => {
    expect(resolveReaderLanguage('auto', ['fr-FR', 'ar-EG', 'en'])).toBe('ar');
    expect(resolveReaderLanguage('auto', ['zh-Hans-CN'])).toBe('zh');
    expect(resolveReaderLanguage('auto', ['zh_TW'])).toBe('zh');
    expect(resolveReaderLanguage('auto', ['RU'])).toBe('ru');
  });

  it('on auto, gives Kazakh readers Russian, but a listed card language first', () => {
    expect(resolveReaderLanguage('auto', ['kk-KZ', 'de'])).toBe('ru');
    expect(resolveReaderLanguage('auto', ['kk', 'en'])).toBe('en');
  });

  it('falls back to English', () => {
    expect(resolveReaderLanguage('auto', ['fr', 'de'])).toBe('en');
    expect(resolveReaderLanguage('auto', [])).toBe('en');
  });
});

describe('nameLanguageOf', () => {
  it('maps a page language to the names entries have', () => {
    expect(nameLanguageOf('ar-SA')).toBe('ar');
    expect(nameLanguageOf('kk')).toBe('kk');
    expect(nameLanguageOf('zh-Hant')).toBe('zh');
    expect(nameLanguageOf('fr')).toBeUndefined();
    expect(nameLanguageOf('')).toBeUndefined();
    expect(nameLanguageOf(undefined)).toBeUndefined();
  });
});

describe('languageDirection', () => {
  it('is rtl for Arabic (any region) and ltr for the other card languages', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('ar-EG')).toBe('rtl');
    for (const lang of ['en', 'zh', 'ru', 'kk']) expect(languageDirection(lang)).toBe('ltr');
  });
});
