import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { AtThisPoint } from '../../../components/card/AtThisPoint';
import { HoverCard } from '../../../components/card/HoverCard';
import type { OpenCard } from '../../../utils/content/card-renderer';
import type { Entry } from '../../../utils/knowledge-base/schema';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import { click, mount, one, SOURCES, WANG_YI } from '../fixtures';

const AT_POINT = [
  { entryId: 'china-kazakhstan-relations', surface: 'China–Kazakhstan relations' },
  { entryId: 'kazakhstan', surface: 'Kazakhstan' },
];

describe('AtThisPoint', () => {
  it('lists the entries longest first, the expanded one current, in a labelled list', () => {
    const root = mount(
      <AtThisPoint
        entries={AT_POINT}
        current={0}
        onPick={() => {}}
        strings={uiStrings('ar')}
        pageLang="en"
      />,
    );
    const nav = one(root, 'nav.qc-at-point');
    expect(nav.getAttribute('aria-label')).toBe('الأسماء في هذا الموضع');
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-current'), b.lang])).toEqual([
      ['China–Kazakhstan relations', 'true', 'en'],
      ['Kazakhstan', null, 'en'],
    ]);
  });

  it('picks an entry by its button, and moves between them with the arrow keys', () => {
    const onPick = vi.fn();
    const root = mount(
      <AtThisPoint entries={AT_POINT} current={0} onPick={onPick} strings={uiStrings('en')} />,
    );
    const [first, second] = [...root.querySelectorAll('button')];
    click(second!);
    expect(onPick).toHaveBeenCalledExactlyOnceWith(1);
    first!.focus();
    act(() => {
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(second);
    act(() => {
      second!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(first);
    act(() => {
      first!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true }));
    });
    expect(document.activeElement).toBe(second);
  });

  it('renders nothing for a single entry', () => {
    const root = mount(
      <AtThisPoint
        entries={AT_POINT.slice(0, 1)}
        current={0}
        onPick={() => {}}
        strings={uiStrings('en')}
      />,
    );
    expect(root.innerHTML).toBe('');
  });
});

/** A minimal entry of the knowledge base. */
function entry(id: string, name: string): Entry {
  return { ...WANG_YI, id, type: 'term', names: { ...WANG_YI.names, en: [name] }, related: [] };
}

describe('HoverCard at a point with names inside names', () => {
  const entries: Record<string, Entry> = {
    'china-kazakhstan-relations': entry('china-kazakhstan-relations', 'China–Kazakhstan relations'),
    kazakhstan: entry('kazakhstan', 'Kazakhstan'),
  };
  const loadCard = (id: string) =>
    Promise.resolve({ entry: entries[id]!, sources: SOURCES, related: [] });
  const rect = () =>
    ({ left: 0, top: 0, right: 10, bottom: 10, width: 10, height: 10, x: 0, y: 0 }) as DOMRect;
  const open: OpenCard = {
    serial: 1,
    entryId: 'china-kazakhstan-relations',
    surface: 'China–Kazakhstan relations',
    entries: AT_POINT,
    dir: 'ltr',
    focus: false,
    anchor: {
      getBoundingClientRect: rect,
      getClientRects: () => [rect()] as unknown as DOMRectList,
    },
  };

  async function card() {
    const root = mount(
      <HoverCard
        open={open}
        loadCard={loadCard}
        readerLang="en"
        strings={uiStrings('en')}
        theme="light"
        textScale={1}
        cardInTime={false}
        pinned={false}
        onTogglePin={() => {}}
        onClose={() => {}}
      />,
    );
    await act(() => Promise.resolve());
    return root;
  }
  const title = (root: HTMLElement) => one(root, '.qc-title').textContent;

  it('expands the longest entry first and opens an inner one in one step', async () => {
    const root = await card();
    expect(title(root)).toBe('China–Kazakhstan relations');
    const items = () => [...root.querySelectorAll<HTMLElement>('.qc-at-point-item')];
    expect(items().map((b) => b.textContent)).toEqual(['China–Kazakhstan relations', 'Kazakhstan']);
    click(items()[1]!);
    await act(() => Promise.resolve());
    expect(title(root)).toBe('Kazakhstan');
    expect(items().map((b) => b.getAttribute('aria-current'))).toEqual([null, 'true']);
    // Focus on the list stays there when the card below it changes.
    items()[0]!.focus();
    click(items()[0]!);
    await act(() => Promise.resolve());
    expect(title(root)).toBe('China–Kazakhstan relations');
    expect(
      document.activeElement?.getRootNode() === document && document.activeElement?.className,
    ).toBe('qc-at-point-item');
  });
});
