import { describe, expect, it, vi } from 'vitest';
import { nameGroups, NameList } from '../../../components/card/NameList';
import { mount, one, WANG_YI } from '../fixtures';

describe('NameList', () => {
  it('lists the names in the other languages, each with its lang and dir, in a <bdi>', () => {
    const root = mount(
      <NameList names={WANG_YI.names} readerLang="en" shown={['Wang Yi']} label="Names" />,
    );
    const list = one(root, 'ul.qc-names');
    expect(list.getAttribute('aria-label')).toBe('Names');
    const names = [...list.querySelectorAll('bdi')].map((b) => [b.textContent, b.lang, b.dir]);
    expect(names).toEqual([
      ['وانغ يي', 'ar', 'rtl'],
      ['王毅', 'zh', 'ltr'],
      ['Ван И', 'ru', 'ltr'],
    ]);
  });

  it('labels languages in the reader’s language, joining languages that share a spelling', () => {
    const root = mount(<NameList names={WANG_YI.names} readerLang="en" shown={[]} label="" />);
    const labels = [...root.querySelectorAll('.qc-name-lang')].map((l) => l.textContent);
    expect(labels).toEqual(['Arabic', 'English', 'Chinese', 'Russian, Kazakh']);
    const ar = mount(<NameList names={WANG_YI.names} readerLang="ar" shown={[]} label="" />);
    expect(ar.querySelector('.qc-name-lang')?.textContent).toBe('العربية');
  });

  it('makes its language formatters once per reader language, not at every card (issue 20)', () => {
    mount(<NameList names={WANG_YI.names} readerLang="ru" shown={[]} label="" />);
    const spy = vi.spyOn(Intl, 'DisplayNames');
    try {
      for (let card = 0; card < 3; card++) {
        const root = mount(<NameList names={WANG_YI.names} readerLang="ru" shown={[]} label="" />);
        expect(root.querySelectorAll('.qc-name-lang').length).toBeGreaterThan(0);
      }
      expect(spy).not.toHaveBeenCalled(); // was once per card opened
    } finally {
      spy.mockRestore();
    }
  });

  it('renders nothing when every name is already on the card', () => {
    const names = { ar: ['x'], en: ['x'], zh: ['x'], ru: ['x'] };
    expect(nameGroups(names, ['x'])).toEqual([]);
    const root = mount(<NameList names={names} readerLang="en" shown={['x']} label="" />);
    expect(root.innerHTML).toBe('');
  });

  it('uses the display name (first listed), whatever the alias form', () => {
    const names = { ar: [{ text: 'أ', searchOnly: true }, 'ب'], en: ['A'], zh: ['甲'], ru: ['А'] };
    expect(nameGroups(names, []).map((g) => g.text)).toEqual(['أ', 'A', '甲', 'А']);
  });
});
