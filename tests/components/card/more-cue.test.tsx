/**
 * The "More below" cue as FactCard shows it: present only while the body has content below what
 * it shows (layout stubbed: happy-dom computes none), named in the card's language, scrolling
 * the body it controls, and handing focus to the body when it goes away under the keyboard.
 */
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FactCard, type FactCardProps } from '../../../components/card/FactCard';
import { cardMessageTables, MESSAGES, uiStrings } from '../../../utils/i18n/ui-strings';
import { mount, one, RELATED, SOURCES, WANG_YI } from '../fixtures';

interface Layout {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
  offsetWidth?: number;
  clientWidth?: number;
}

/** Gives the card's body a layout; later changes need a scroll event or a resize to be seen. */
function layOut(body: HTMLElement, layout: Layout): Layout {
  const value = { offsetWidth: 358, clientWidth: 358, ...layout };
  for (const key of Object.keys(value) as (keyof typeof value)[]) {
    Object.defineProperty(body, key, {
      configurable: true,
      get: () => value[key],
      set: (v: number) => (value[key] = v),
    });
  }
  return value;
}

function card(props: Partial<FactCardProps> = {}) {
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
  return { root, body: one(root, '.qc-body') };
}

const scrolled = (body: HTMLElement) => act(() => void body.dispatchEvent(new Event('scroll')));
const cue = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('.qc-more-button');

describe('the "More below" cue', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows while the body has more below: a named button that controls the body, over a fade', () => {
    const { root, body } = card();
    expect(cue(root)).toBeNull();
    layOut(body, { scrollTop: 0, clientHeight: 300, scrollHeight: 900 });
    scrolled(body);
    const button = cue(root)!;
    expect(button.textContent).toBe('More below');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.getAttribute('aria-controls')).toBe(body.id);
    expect(button.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(button.closest('.qc-more')?.parentElement?.getAttribute('role')).toBe('dialog');
  });

  it.each(['ar', 'en', 'zh', 'ru'] as const)('speaks %s, also in content scripts', (lang) => {
    const { root, body } = card({ readerLang: lang });
    layOut(body, { scrollTop: 0, clientHeight: 300, scrollHeight: 900 });
    scrolled(body);
    const label = MESSAGES[lang].cardMoreBelow.message;
    expect(cue(root)!.textContent).toBe(label);
    expect(cardMessageTables()[lang].cardMoreBelow?.message).toBe(label);
    if (lang !== 'en') expect(label).not.toBe(MESSAGES.en.cardMoreBelow.message);
  });

  it('goes at the end of the body (within a sub-pixel), and comes back above it', () => {
    const { root, body } = card();
    const layout = layOut(body, { scrollTop: 0, clientHeight: 300, scrollHeight: 900 });
    scrolled(body);
    expect(cue(root)).not.toBeNull();
    layout.scrollTop = 599.4;
    scrolled(body);
    expect(cue(root)).toBeNull();
    layout.scrollTop = 200;
    scrolled(body);
    expect(cue(root)).not.toBeNull();
  });

  it('is absent when nothing overflows, and from the popup card, which has no height cap', () => {
    const fits = card();
    layOut(fits.body, { scrollTop: 0, clientHeight: 300, scrollHeight: 300 });
    scrolled(fits.body);
    expect(cue(fits.root)).toBeNull();
    const popup = card({ variant: 'popup' });
    layOut(popup.body, { scrollTop: 0, clientHeight: 300, scrollHeight: 900 });
    scrolled(popup.body);
    expect(cue(popup.root)).toBeNull();
    expect(popup.body.hasAttribute('tabindex')).toBe(false);
  });

  it('follows size changes of the body and of its content (ResizeObserver)', () => {
    const observers: { callback: () => void; targets: Element[] }[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        targets: Element[] = [];
        constructor(readonly callback: () => void) {
          observers.push(this);
        }
        observe(target: Element) {
          this.targets.push(target);
        }
        disconnect() {
          this.targets = [];
        }
      },
    );
    const { root, body } = card();
    const live = observers.find((o) => o.targets.length > 0)!;
    expect(live.targets).toEqual([body, ...body.children]);
    layOut(body, { scrollTop: 0, clientHeight: 300, scrollHeight: 900 });
    act(() => live.callback());
    expect(cue(root)).not.toBeNull();
  });

  it('keeps the fade off the scrollbar', () => {
    const { root, body } = card();
    layOut(body, {
      scrollTop: 0,
      clientHeight: 300,
      scrollHeight: 900,
      offsetWidth: 358,
      clientWidth: 343,
    });
    scrolled(body);
    expect(one(root, '.qc-more').style.getPropertyValue('inset-inline-end')).toBe('15px');
  });

  it('scrolls on a step when pressed; at the end, focus moves from the button to the body', () => {
    const { root, body } = card();
    const layout = layOut(body, { scrollTop: 0, clientHeight: 300, scrollHeight: 700 });
    const scrollTo = vi.fn((options: ScrollToOptions) => (layout.scrollTop = options.top!));
    body.scrollTo = scrollTo as typeof body.scrollTo;
    scrolled(body);
    cue(root)!.focus();
    act(() => cue(root)!.click());
    expect(scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ top: 240 }));
    expect(document.activeElement).toBe(cue(root));
    act(() => cue(root)!.click());
    expect(scrollTo).toHaveBeenLastCalledWith(expect.objectContaining({ top: 400 }));
    expect(document.activeElement).toBe(body);
    scrolled(body);
    expect(cue(root)).toBeNull();
  });
});
