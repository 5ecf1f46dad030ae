import { describe, expect, it, vi } from 'vitest';
import { FactCard, type FactCardProps } from '../../../components/card/FactCard';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import { mount, one, RELATED, SOURCES, WANG_YI } from '../fixtures';

function card(props: Partial<FactCardProps> = {}): HTMLElement {
  const root = mount(
    <FactCard
      entry={WANG_YI}
      sources={SOURCES}
      relatedEntries={RELATED}
      readerLang="en"
      strings={uiStrings(props.readerLang ?? 'en')}
      onOpenRelated={() => {}}
      {...props}
    />,
  );
  return one(root, '[role="dialog"]');
}

describe('FactCard', () => {
  it('is a dialog labelled by its title and described by the summary', () => {
    const dialog = card();
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!);
    const summary = document.getElementById(dialog.getAttribute('aria-describedby')!);
    expect(title?.tagName).toBe('H2');
    expect(title?.textContent).toBe('Wang Yi');
    expect(summary?.textContent).toBe(WANG_YI.summary.en);
    expect(one(dialog, '.qc-type').textContent).toBe('Person');
  });

  it('gives two cards on one page distinct ids', () => {
    const a = card();
    const b = card();
    expect(a.getAttribute('aria-labelledby')).not.toBe(b.getAttribute('aria-labelledby'));
  });

  it('in Arabic: the card is rtl, and name, type, summary and facts are Arabic', () => {
    const dialog = card({ readerLang: 'ar' });
    expect(dialog.getAttribute('dir')).toBe('rtl');
    expect(dialog.getAttribute('lang')).toBe('ar');
    expect(one(dialog, '.qc-title').textContent).toBe('وانغ يي');
    expect(one(dialog, '.qc-type').textContent).toBe('شخصية');
    const summary = one(dialog, '.qc-summary');
    expect(summary.textContent).toBe(WANG_YI.summary.ar);
    expect([summary.lang, summary.dir]).toEqual(['ar', 'rtl']);
    const facts = [...dialog.querySelectorAll<HTMLElement>('.qc-fact-text')];
    expect(facts.map((f) => [f.lang, f.dir])).toEqual(Array(3).fill(['ar', 'rtl']));
    expect(dialog.querySelector('.qc-fallback')).toBeNull();
  });

  it('in Chinese: Chinese summary, and facts not yet translated shown in English, marked', () => {
    const dialog = card({ readerLang: 'zh' });
    expect(dialog.getAttribute('dir')).toBe('ltr');
    expect(one(dialog, '.qc-summary').textContent).toBe(WANG_YI.summary.zh);
    const facts = [...dialog.querySelectorAll<HTMLElement>('.qc-fact')];
    const text = (i: number) => one(facts[i]!, '.qc-fact-text');
    expect([text(0).lang, text(0).textContent]).toEqual(['en', 'Born in Beijing in 1953.']);
    expect(facts[0]!.querySelector('.qc-fallback')?.textContent).toBe('以英文显示');
    // The one fact written in Chinese is shown in Chinese, unmarked.
    expect([text(1).lang, text(1).textContent]).toEqual(['zh', '在阿拉木图举行战略对话。']);
    expect(facts[1]!.querySelector('.qc-fallback')).toBeNull();
  });

  it('shows the name in the page’s language when it differs from the reader’s', () => {
    const dialog = card({ readerLang: 'en', pageLang: 'ar-EG' });
    const pageName = one(dialog, '.qc-page-name');
    expect(pageName.textContent).toBe('وانغ يي');
    expect([pageName.lang, pageName.dir]).toEqual(['ar', 'rtl']);
    expect(pageName.querySelector('bdi')).not.toBeNull();
    // Not repeated among the names in other languages.
    expect(one(dialog, '.qc-names').textContent).not.toContain('وانغ يي');
  });

  it('shows no page-language name when the page is in the reader’s language or unknown', () => {
    expect(card({ readerLang: 'ar', pageLang: 'ar' }).querySelector('.qc-page-name')).toBeNull();
    expect(card({ pageLang: 'fr' }).querySelector('.qc-page-name')).toBeNull();
    expect(card().querySelector('.qc-page-name')).toBeNull();
  });

  it('quotes the mention as the page wrote it, isolated in a <bdi>', () => {
    const dialog = card({ surface: 'ووانغ يي', pageLang: 'ar' });
    const note = one(dialog, '.qc-surface');
    expect(note.textContent).toBe('On this page: “ووانغ يي”');
    const bdi = one(note, 'bdi');
    expect([bdi.textContent, bdi.lang, bdi.dir]).toEqual(['ووانغ يي', 'ar', 'auto']);
  });

  it('does not repeat a surface identical to the title', () => {
    expect(card({ surface: 'Wang Yi' }).querySelector('.qc-surface')).toBeNull();
  });

  it('sets theme, variant and text scale for the stylesheet', () => {
    const dialog = card({ theme: 'dark', textScale: 1.25, variant: 'popup' });
    expect(dialog.dataset.theme).toBe('dark');
    expect(dialog.dataset.variant).toBe('popup');
    expect(dialog.style.getPropertyValue('--qarina-scale')).toBe('1.25');
    expect(card().dataset.theme).toBe('auto');
  });

  it('closes on Escape when it can be closed', () => {
    const onClose = vi.fn();
    const dialog = card({ onClose });
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('uses the strings it is given over the reader language’s defaults', () => {
    const strings = { lang: 'en' as const, t: () => 'X', parts: () => ['X'] };
    expect(one(card({ strings }), '.qc-type').textContent).toBe('X');
  });
});
