import { describe, expect, it } from 'vitest';
import { createUiStrings } from '../../../utils/i18n/create-ui-strings';
import { cardMessageTables, uiStrings } from '../../../utils/i18n/ui-strings';

describe('the card messages the background hands content scripts', () => {
  const tables = cardMessageTables();

  it('hold only card labels and type names, without translator descriptions', () => {
    for (const table of Object.values(tables)) {
      const keys = Object.keys(table);
      expect(keys.length).toBeGreaterThan(10);
      expect(keys.every((k) => /^(card|type)[A-Z]/.test(k))).toBe(true);
      expect(Object.values(table).some((m) => 'description' in m!)).toBe(false);
    }
  });

  it('speak like the full tables for every card label', () => {
    for (const lang of ['ar', 'en', 'zh', 'ru'] as const) {
      const lite = createUiStrings(lang, tables[lang]);
      const full = uiStrings(lang);
      expect(lite.t('typePerson')).toBe(full.t('typePerson'));
      expect(lite.t('cardSince', 'April 2025')).toBe(full.t('cardSince', 'April 2025'));
    }
    expect(createUiStrings('ar', tables.ar).t('typePlace')).toBe(uiStrings('ar').t('typePlace'));
  });

  it('read a missing key as the key, never throwing', () => {
    expect(createUiStrings('en', {}).t('cardBack')).toBe('cardBack');
  });
});
