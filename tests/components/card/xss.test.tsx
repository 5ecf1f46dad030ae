import { uiStrings } from '../../../utils/i18n/ui-strings';
import { describe, expect, it } from 'vitest';
import { FactCard } from '../../../components/card/FactCard';
import type { Entry } from '../../../utils/knowledge-base/schema';
import { mount, one, SOURCES, WANG_YI } from '../fixtures';

const PAYLOAD = '<img src=x onerror=alert(1)>';

/** An entry with markup in every text field a card shows. */
const HOSTILE: Entry = {
  ...WANG_YI,
  names: { ...WANG_YI.names, en: [`Wang ${PAYLOAD}`], zh: [`<b>王毅</b>`] },
  summary: { ...WANG_YI.summary, en: `Diplomat ${PAYLOAD}` },
  facts: [
    {
      text: { en: `Fact ${PAYLOAD}`, ar: 'x', zh: 'x', ru: 'x' },
      on: '2025',
      sources: ['S66', { dispatch: `Quote ${PAYLOAD}` }],
    },
  ],
  related: ['evil'],
};

describe('knowledge-base text is data, never markup', () => {
  it('renders tags in names, summary, facts, sources and chips as text', () => {
    const root = mount(
      <FactCard
        entry={HOSTILE}
        sources={{
          ...SOURCES,
          S66: { url: 'https://example.org/', title: `Title ${PAYLOAD}`, checked: '2026-12-05' },
        }}
        relatedEntries={[{ id: 'evil', names: { ...WANG_YI.names, en: [PAYLOAD] } }]}
        readerLang="en"
        strings={uiStrings('en')}
        surface={`Surface ${PAYLOAD}`}
        onOpenRelated={() => {}}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(one(root, '.qc-summary').textContent).toBe(`Diplomat ${PAYLOAD}`);
    expect(one(root, '.qc-title').textContent).toBe(`Wang ${PAYLOAD}`);
    expect(one(root, '.qc-fact-text').textContent).toBe(`Fact ${PAYLOAD}`);
    expect(one(root, 'a.qc-source').firstChild?.textContent).toBe(`Title ${PAYLOAD}`);
    expect(one(root, '.qc-quote').textContent).toBe(`Quote ${PAYLOAD}`);
    expect(one(root, '.qc-chip').textContent).toBe(PAYLOAD);
    expect(one(root, '.qc-surface-text').textContent).toBe(`Surface ${PAYLOAD}`);
    expect(root.textContent).toContain('<b>王毅</b>');
  });
});
