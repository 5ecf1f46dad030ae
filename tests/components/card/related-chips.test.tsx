import { describe, expect, it, vi } from 'vitest';
import { RelatedChips } from '../../../components/card/RelatedChips';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import { click, mount, one, RELATED, WANG_YI } from '../fixtures';

function chips(lang: 'en' | 'ar', onOpenRelated = vi.fn()) {
  const root = mount(
    <RelatedChips
      ids={WANG_YI.related}
      entries={RELATED}
      readerLang={lang}
      strings={uiStrings(lang)}
      onOpenRelated={onOpenRelated}
    />,
  );
  return { root, onOpenRelated };
}

describe('RelatedChips', () => {
  it('shows a button per related entry it can name, in the knowledge base’s order', () => {
    const { root } = chips('en');
    const buttons = [...root.querySelectorAll('button.qc-chip')];
    // 'not-loaded' has no entry to name it: no chip rather than a raw id.
    expect(buttons.map((b) => b.textContent)).toEqual(['Murat Nurtleu', 'Almaty']);
    const section = one(root, 'section');
    const heading = document.getElementById(section.getAttribute('aria-labelledby')!);
    expect(heading?.textContent).toBe('Related');
  });

  it('calls onOpenRelated with the chip’s id', () => {
    const { root, onOpenRelated } = chips('en');
    click([...root.querySelectorAll('button.qc-chip')][1]!);
    expect(onOpenRelated).toHaveBeenCalledExactlyOnceWith('almaty');
  });

  it('names chips in the reader’s language, marked rtl and isolated for Arabic', () => {
    const { root } = chips('ar');
    const first = root.querySelector<HTMLElement>('button.qc-chip')!;
    expect([first.textContent, first.lang, first.dir]).toEqual(['مراد نورتلو', 'ar', 'rtl']);
    expect(one(first, 'bdi')).toBeDefined();
  });

  it('renders nothing when no related entry can be named', () => {
    const root = mount(
      <RelatedChips
        ids={['x']}
        entries={[]}
        readerLang="en"
        strings={uiStrings('en')}
        onOpenRelated={() => {}}
      />,
    );
    expect(root.innerHTML).toBe('');
  });
});
