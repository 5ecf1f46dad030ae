/** A card-sized slice of the knowledge base, and a way to render into the test DOM. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { Entry, Fact, Source } from '../../utils/knowledge-base/schema';

export const SOURCES: Record<string, Source> = {
  S1: {
    url: 'http://en.people.cn/n3/2025/0427/c90000-20307920.html',
    title: 'People’s Daily Online',
    checked: '2026-12-05',
  },
  S15: {
    url: 'https://en.wikipedia.org/wiki/Wang_Yi',
    title: 'Wikipedia: Wang Yi',
    tier: 'wiki',
    checked: '2026-12-05',
  },
  // Not valid by the schema, but cards also show imported or cached data: must never be links.
  S90: { url: 'javascript:alert(1)', title: 'Script source', checked: '2026-12-05' },
  S91: {
    url: 'data:text/html,<script>alert(1)</script>',
    title: 'Data source',
    checked: '2026-12-05',
  },
};

/**
 * Fact text as data written before Chinese and Russian were required (an import stored then):
 * cards still get it, and show English where the reader's language is missing.
 */
function older(text: { en: string; ar: string; zh?: string; ru?: string }): Fact['text'] {
  return text as Fact['text'];
}

const DISPATCH_SENTENCE = 'عقد وانغ يي الحوار الاستراتيجي الثاني في ألماتي.';

export const WANG_YI: Entry = {
  id: 'wang-yi',
  type: 'person',
  names: {
    ar: ['وانغ يي', 'وانغ'],
    en: ['Wang Yi'],
    zh: ['王毅'],
    ru: ['Ван И'],
    kk: ['Ван И'],
  },
  summary: {
    ar: 'دبلوماسي صيني مخضرم يتولى وزارة الخارجية الصينية.',
    en: 'A veteran Chinese diplomat who serves as China’s foreign minister.',
    zh: '中国资深外交官，现任外交部长。',
    ru: 'Опытный китайский дипломат, министр иностранных дел КНР.',
  },
  facts: [
    {
      text: older({ en: 'Born in Beijing in 1953.', ar: 'وُلد في بكين عام 1953.' }),
      on: '1953',
      sources: ['S15'],
    },
    {
      text: older({
        en: 'Held the strategic dialogue in Almaty.',
        ar: 'عقد الحوار في ألماتي.',
        zh: '在阿拉木图举行战略对话。',
      }),
      on: '2025-04-25',
      sources: [{ dispatch: DISPATCH_SENTENCE }, 'S1'],
    },
    {
      text: older({
        en: 'Director of the party’s foreign affairs office.',
        ar: 'مدير مكتب الشؤون الخارجية.',
      }),
      from: '2025-04',
      until: '2025-09-26',
      role: {
        id: 'cn-foreign-affairs-office-director',
        en: 'Director of the foreign affairs office',
        ar: 'مدير مكتب الشؤون الخارجية',
        zh: '外事办公室主任',
        ru: 'руководитель канцелярии по иностранным делам',
      },
      sources: ['S90', 'S91'],
    },
  ],
  related: ['murat-nurtleu', 'not-loaded', 'almaty'],
};

export const RELATED = [
  { id: 'almaty', names: { ar: ['ألماتي'], en: ['Almaty'], zh: ['阿拉木图'], ru: ['Алматы'] } },
  {
    id: 'murat-nurtleu',
    names: {
      ar: ['مراد نورتلو'],
      en: ['Murat Nurtleu'],
      zh: ['努尔特列乌'],
      ru: ['Мурат Нуртлеу'],
    },
  },
];

export { DISPATCH_SENTENCE };

const roots: HTMLElement[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) {
    render(null, root);
    root.remove();
  }
});

/** Renders into a fresh element attached to the document; returns that element. */
export function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  roots.push(root);
  act(() => render(node, root));
  return root;
}

/** Clicks an element and lets Preact flush the re-render. */
export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

/** The one element matching `selector`, or a failure naming the selector. */
export function one<E extends Element = HTMLElement>(root: ParentNode, selector: string): E {
  const found = root.querySelectorAll<E>(selector);
  if (found.length !== 1) throw new Error(`${found.length} elements match ${selector}`);
  return found[0]!;
}
