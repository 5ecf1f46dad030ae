import { describe, expect, it } from 'vitest';
import { formatMessageParts } from '../../../utils/i18n/format-message';
import { ENTRY_TYPE_KEYS } from '../../../utils/i18n/message-keys';
import { uiStrings } from '../../../utils/i18n/ui-strings';

describe('uiStrings', () => {
  it('answers in the requested language, whatever the browser speaks', () => {
    expect(uiStrings('en').t('cardClose')).toBe('Close');
    expect(uiStrings('ar').t('cardClose')).toBe('إغلاق');
    expect(uiStrings('zh').t('cardClose')).toBe('关闭');
    expect(uiStrings('ru').t('cardClose')).toBe('Закрыть');
    expect(uiStrings('ar').lang).toBe('ar');
  });

  it('fills placeholders with substitutions, in each translation’s own order', () => {
    expect(uiStrings('en').t('cardPeriod', 'Apr 2025', 'Sep 2025')).toBe('Apr 2025 – Sep 2025');
    expect(uiStrings('ar').t('cardPeriod', 'أبريل 2025', 'سبتمبر 2025')).toBe(
      'من أبريل 2025 إلى سبتمبر 2025',
    );
    expect(uiStrings('ru').t('popupMentions', '3')).toBe('Упоминаний: 3');
  });

  it('parts() keeps substitutions as values, so they can be elements', () => {
    const marker = { element: true };
    expect(uiStrings('en').parts('cardOnThisPage', marker)).toEqual([
      'On this page: “',
      marker,
      '”',
    ]);
  });

  it('labels every entry type in every language', () => {
    for (const lang of ['ar', 'en', 'zh', 'ru'] as const) {
      const labels = Object.values(ENTRY_TYPE_KEYS).map((k) => uiStrings(lang).t(k));
      expect(new Set(labels).size).toBe(7);
    }
    expect(uiStrings('ar').t(ENTRY_TYPE_KEYS.person)).toBe('شخصية');
  });
});

describe('formatMessageParts (browser.i18n substitution rules)', () => {
  const entry = {
    message: 'Cost: $$$AMOUNT$ ($Amount$) $1 $UNKNOWN$',
    placeholders: { amount: { content: '«$1»' } },
  };

  it('reads $$ as $, placeholders case-insensitively, $n in the message, unknown names as is', () => {
    expect(formatMessageParts(entry, ['5']).join('')).toBe('Cost: $«5» («5») 5 $UNKNOWN$');
  });

  it('drops a missing substitution, as getMessage does', () => {
    expect(formatMessageParts(entry, []).join('')).toBe('Cost: $«» («»)  $UNKNOWN$');
  });
});
