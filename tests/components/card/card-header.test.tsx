import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { CardHeader, type CardHeaderProps } from '../../../components/card/CardHeader';
import { FactCard } from '../../../components/card/FactCard';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import { click, mount, one, SOURCES, WANG_YI } from '../fixtures';

function header(props: Partial<CardHeaderProps> = {}): HTMLElement {
  return mount(
    <CardHeader
      strings={uiStrings('en')}
      titleId="t"
      typeLabel="Person"
      title={{ text: 'Wang Yi', lang: 'en' }}
      {...props}
    />,
  );
}

describe('CardHeader', () => {
  it('renders type label and the title as a heading with the given id, lang and dir', () => {
    const root = header({ title: { text: 'وانغ يي', lang: 'ar' } });
    const h2 = one(root, 'h2#t');
    expect([h2.textContent, h2.lang, h2.dir]).toEqual(['وانغ يي', 'ar', 'rtl']);
    expect(one(h2, 'bdi').textContent).toBe('وانغ يي');
    expect(one(root, '.qc-type').textContent).toBe('Person');
  });

  it('shows the back button only with onBack, and calls it', () => {
    expect(header().querySelector('.qc-back')).toBeNull();
    const onBack = vi.fn();
    const back = one(header({ onBack }), 'button.qc-back');
    expect(back.getAttribute('aria-label')).toBe('Back');
    click(back);
    expect(onBack).toHaveBeenCalledTimes(1);
  });

  it('shows pin and close only when the host handles them; buttons have localized names', () => {
    expect(header().querySelectorAll('button')).toHaveLength(0);
    const onClose = vi.fn();
    const root = header({ strings: uiStrings('ar'), onTogglePin: () => {}, onClose });
    expect(one(root, '.qc-pin').getAttribute('aria-label')).toBe('تثبيت البطاقة');
    const close = one(root, '.qc-close');
    expect(close.getAttribute('aria-label')).toBe('إغلاق');
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    for (const b of root.querySelectorAll('button')) expect(b.getAttribute('type')).toBe('button');
  });

  it('pin toggles: the host flips `pinned`, the button says what it will do next', () => {
    function Host() {
      const [pinned, setPinned] = useState(false);
      return (
        <FactCard
          entry={WANG_YI}
          sources={SOURCES}
          readerLang="en"
          strings={uiStrings('en')}
          onOpenRelated={() => {}}
          pinned={pinned}
          onTogglePin={() => setPinned((p) => !p)}
        />
      );
    }
    const root = mount(<Host />);
    const pin = () => one(root, 'button.qc-pin');
    expect(pin().getAttribute('aria-label')).toBe('Pin card');
    click(pin());
    expect(pin().getAttribute('aria-label')).toBe('Unpin card');
    expect(one(root, '[role="dialog"]').dataset.pinned).toBe('true');
    click(pin());
    expect(pin().getAttribute('aria-label')).toBe('Pin card');
    expect(one(root, '[role="dialog"]').dataset.pinned).toBeUndefined();
  });
});
