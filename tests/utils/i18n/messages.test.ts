import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeholderNames, type MessageJson } from '../../../utils/i18n/format-message';
import { MESSAGE_KEYS } from '../../../utils/i18n/message-keys';

const LOCALES_DIR = join(__dirname, '../../../public/_locales');
const LOCALES = ['en', 'ar', 'zh_CN', 'ru'];

// Read from disk, not through the typed imports: the test must see what the browser will see.
function load(locale: string): Record<string, MessageJson> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
}

describe('public/_locales', () => {
  it('has exactly the four UI languages', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...LOCALES].sort());
  });

  it('keys are unique case-insensitively and use only the characters Chrome allows', () => {
    const lower = MESSAGE_KEYS.map((k) => k.toLowerCase());
    expect(new Set(lower).size).toBe(MESSAGE_KEYS.length);
    for (const key of MESSAGE_KEYS) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const messages = load(locale);
    const en = load('en');

    it('defines every key of MESSAGE_KEYS, and no other', () => {
      expect(Object.keys(messages).sort()).toEqual([...MESSAGE_KEYS].sort());
    });

    it('every message is non-empty, with the same placeholders as English', () => {
      const contents = (e: MessageJson) =>
        Object.fromEntries(
          Object.entries(e.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]),
        );
      // Collect every problem so one run lists them all for the translator.
      const problems: string[] = [];
      for (const key of MESSAGE_KEYS) {
        const m = messages[key];
        const ref = en[key]!;
        if (!m || m.message.trim() === '') problems.push(`${key}: empty or missing`);
        else {
          const used = placeholderNames(m).join(',');
          if (used !== placeholderNames(ref).join(',')) problems.push(`${key}: uses ${used}`);
          if (JSON.stringify(contents(m)) !== JSON.stringify(contents(ref)))
            problems.push(`${key}: placeholders differ from English`);
          if (Object.keys(contents(m)).sort().join(',') !== used)
            problems.push(`${key}: placeholders defined but unused, or used but undefined`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it('the store description fits Chrome’s 132-character limit in every language', () => {
    for (const locale of LOCALES) {
      expect(load(locale).extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
