import { describe, expect, it } from 'vitest';
import { FACT_CARD_CSS } from '../../../components/card/fact-card-styles';

describe('FACT_CARD_CSS', () => {
  it('has light and dark themes, and follows the system when the theme is auto', () => {
    expect(FACT_CARD_CSS).toContain(".qarina-card[data-theme='dark']");
    expect(FACT_CARD_CSS).toMatch(
      /@media \(prefers-color-scheme: dark\)\s*\{\s*\.qarina-card\[data-theme='auto'\]/,
    );
  });

  it('scales text with --qarina-scale', () => {
    expect(FACT_CARD_CSS).toMatch(/font-size: calc\(14px \* var\(--qarina-scale, 1\)/);
  });

  it('falls back through Arabic and Chinese system fonts', () => {
    for (const font of ['Noto Naskh Arabic', 'Geeza Pro', 'Noto Sans SC', 'PingFang SC']) {
      expect(FACT_CARD_CSS).toContain(`'${font}'`);
    }
    expect(FACT_CARD_CSS).toMatch(/:lang\(ar\)[^{]*\{ font-family: var\(--qc-font-ar\)/);
  });

  it('uses logical properties only, so right-to-left cards mirror', () => {
    const physical =
      /(margin|padding|border)-(left|right)|(^|[\s;{])(left|right)\s*:|text-align:\s*(left|right)|float:/m;
    expect(FACT_CARD_CSS).not.toMatch(physical);
  });

  it('has balanced braces (a typo would silently drop rules)', () => {
    const opens = FACT_CARD_CSS.split('{').length;
    expect(FACT_CARD_CSS.split('}').length).toBe(opens);
  });
});
