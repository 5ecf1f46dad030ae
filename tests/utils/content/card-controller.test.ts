import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardController, type CardControllerOptions } from '../../../utils/content/card-controller';
import { CardHost } from '../../../utils/content/card-host';
import { createCardLoader, loadedCard } from '../../../utils/content/card-loader';
import type { CardProps } from '../../../utils/content/card-renderer';
import { HostBackoff } from '../../../utils/content/host-backoff';
import type { Timers } from '../../../utils/hover/hover-intent';
import { createUiStrings } from '../../../utils/i18n/create-ui-strings';
import { MentionIndex } from '../../../utils/page/mention-index';
import type { PageMention } from '../../../utils/page/run-mentions';
import { mentionsIn } from './mentions-fixture';

/** Timers and a clock driven by hand. */
function manualClock() {
  let next = 1;
  const due = new Map<number, { at: number; run: () => void }>();
  const clock = { now: 0 };
  const timers: Timers = {
    set: (run, ms) => (due.set(next, { at: clock.now + ms, run }), next++),
    clear: (id) => void due.delete(id),
  };
  const advance = (ms: number) => {
    const until = clock.now + ms;
    for (;;) {
      const first = [...due].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!first) break;
      due.delete(first[0]);
      clock.now = first[1].at;
      first[1].run();
    }
    clock.now = until;
  };
  return { clock, timers, advance };
}

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let time: ReturnType<typeof manualClock>;
let renders: { props: CardProps; mount: Element; at: number }[];
let active: (string | null)[];
let host: CardHost;
let cards: CardController;
let options: CardControllerOptions;
let debug: string[];
let wangYi: PageMention;
let cardInTime: boolean;
let pageDates: string[];

beforeEach(() => {
  const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p>');
  const index = new MentionIndex();
  index.add(mentions);
  time = manualClock();
  renders = [];
  active = [];
  debug = [];
  cardInTime = true;
  pageDates = ['2025-04-27'];
  host = new CardHost(document, '', {
    onLost: (lost) => cards.hostLost(lost),
    now: () => time.clock.now,
  });
  // Layout stand-in: "Wang Yi" lies at x 0–60 of the line; the rest holds no mention.
  wangYi = mentions.find((m) => m.entryId === 'wang-yi')!;
  options = {
    doc: document,
    host,
    card: loadedCard({
      render: (props: CardProps, mount: Element) =>
        void renders.push({ props, mount, at: time.clock.now }),
    }),
    index: () => index,
    loadCard: async () => null,
    view: () => ({
      readerLang: 'en',
      strings: createUiStrings('en', {}),
      theme: 'light',
      textScale: 1,
      hoverDelayMs: 300,
      cardInTime,
    }),
    pageDate: () => {
      const date = pageDates.shift();
      return date === undefined ? null : { date };
    },
    timers: time.timers,
    onActive: (mention: PageMention | null) => active.push(mention?.entryId ?? null),
    hitTest: {
      caret: (_d, x) => (x < 60 ? { node: wangYi.startNode, offset: 2 } : null),
      rects: () => [{ left: 0, top: 0, right: 60, bottom: 20, width: 60, height: 20 } as DOMRect],
    },
    backoff: new HostBackoff(
      () => time.clock.now,
      (m) => debug.push(m),
    ),
  };
  cards = new CardController(options);
});
afterEach(() => host.remove());

const onPage = () => document.querySelectorAll('qarina-ui');
const last = () => renders[renders.length - 1]!;

async function openOnWangYi() {
  cards.pointerAt(30, 10, false);
  time.advance(300);
  expect(last().props.open?.entryId).toBe('wang-yi');
  expect(active.at(-1)).toBe('wang-yi');
}

describe('CardController and the page’s date', () => {
  it('reads the page’s date at each opening (a same-document navigation reads again)', async () => {
    pageDates = ['2025-04-27', '2022-06-15'];
    await openOnWangYi();
    expect(last().props).toMatchObject({
      cardInTime: true,
      open: { pageDate: { date: '2025-04-27' } },
    });
    cards.close();
    time.advance(1000);
    cards.reveal(wangYi, 'keyboard');
    expect(last().props.open?.pageDate).toEqual({ date: '2022-06-15' });
    cards.close();
    cards.reveal(wangYi, 'keyboard');
    expect(last().props.open?.pageDate).toBeNull(); // no date found this time: today's card
  });

  it('reads no date when the card in time is off', async () => {
    cardInTime = false;
    await openOnWangYi();
    expect(last().props).toMatchObject({ cardInTime: false, open: { pageDate: null } });
    expect(pageDates).toEqual(['2025-04-27']); // never asked
  });
});

describe('CardController, when the page removes the host', () => {
  it('takes the card and the active mark off at once, and brings both back in a fresh host while the pointer stays', async () => {
    await openOnWangYi();
    const first = host.current!;
    first.host.remove();
    await settle();
    expect(active.at(-1)).toBeNull();
    expect(last()).toMatchObject({ mount: first.mount, props: { open: null } }); // unmounted
    expect(onPage()).toHaveLength(0);
    time.advance(50);
    expect(onPage()).toHaveLength(1);
    expect(host.current!.host).not.toBe(first.host);
    expect(last()).toMatchObject({
      mount: host.current!.mount,
      props: { open: { entryId: 'wang-yi' } },
    });
    expect(active.at(-1)).toBe('wang-yi');
  });

  it('brings back a keyboard card with focus, and nothing once the reader closed it', async () => {
    cards.reveal(wangYi, 'keyboard');
    expect(last().props.open).toMatchObject({ entryId: 'wang-yi', focus: true });
    host.current!.host.remove();
    await settle();
    time.advance(50);
    expect(last().props.open).toMatchObject({ entryId: 'wang-yi', focus: true });
    host.current!.host.remove();
    await settle();
    expect(cards.escape()).toBe(true);
    const count = renders.length;
    time.advance(10_000);
    expect(onPage()).toHaveLength(0);
    expect(renders).toHaveLength(count);
  });

  it('puts it back less and less often when the page removes it in a loop, says so once, and shows no active mark without a host', async () => {
    let removing = true;
    const page = new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (removing && (n as Element).localName === 'qarina-ui') (n as Element).remove();
    });
    page.observe(document.documentElement, { childList: true });
    cards.pointerAt(30, 10, false);
    for (let t = 0; t < 20_000; t += 50) {
      time.advance(50);
      await settle();
      if (onPage().length === 0) expect(active.at(-1) ?? null).toBeNull();
    }
    const attachedAt = renders.filter((r) => r.props.open).map((r) => r.at);
    // 300 ms hover delay, then waits of 50, 100, 200… ms (the host never lasts).
    expect(attachedAt).toEqual([300, 350, 450, 650, 1050, 1850, 3450, 6650, 13_050]);
    expect(debug).toHaveLength(1);
    removing = false;
    time.advance(30_000);
    await settle();
    expect(onPage()).toHaveLength(1);
    expect(active.at(-1)).toBe('wang-yi');
    page.disconnect();
  });
});

describe('CardController, before the card’s code is loaded', () => {
  /** A loader whose code arrives when the test says so. */
  function lateCard() {
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    let fetches = 0;
    const loader = createCardLoader(async () => {
      fetches++;
      await arrived;
      return { css: '.late-card{}', render: options.card.loaded!.render };
    });
    cards = new CardController({ ...options, card: loader });
    return { arrive: () => (arrive(), settle()), fetches: () => fetches };
  }

  it('starts loading it when the pointer reaches a mention, during the hover delay', async () => {
    const late = lateCard();
    cards.pointerAt(200, 10, false); // beside the text: no need yet
    expect(late.fetches()).toBe(0);
    cards.pointerAt(30, 10, false);
    cards.pointerAt(31, 10, false);
    expect(late.fetches()).toBe(1);
    await late.arrive();
    time.advance(300);
    expect(last().props.open?.entryId).toBe('wang-yi');
  });

  it('shows the wanted card as soon as the code comes, with its style and the page’s date', async () => {
    const late = lateCard();
    host.markReady(); // the host is on the page before the code (readiness)
    cards.reveal(wangYi, 'keyboard');
    expect(renders).toHaveLength(0);
    expect(active).toEqual([]);
    await late.arrive();
    expect(last().props.open).toMatchObject({
      entryId: 'wang-yi',
      pageDate: { date: '2025-04-27' },
    });
    expect(active.at(-1)).toBe('wang-yi');
    expect(host.current!.shadow.querySelector('style')!.textContent).toContain('.late-card{}');
  });

  it('shows nothing if the reader left before the code came', async () => {
    const late = lateCard();
    cards.pointerAt(30, 10, false);
    time.advance(300); // the hover delay is over: the card is wanted, and waits
    cards.pointerAt(200, 10, false);
    time.advance(1000);
    await late.arrive();
    expect(renders.filter((r) => r.props.open)).toEqual([]);
    expect(onPage()).toHaveLength(0);
  });
});

describe('CardController and focus', () => {
  it('returns focus to where the reader left it, even if focus fell to the body between moves', () => {
    const heading = document.createElement('h1');
    heading.tabIndex = -1;
    document.body.append(heading);
    heading.focus();
    cards.reveal(wangYi, 'keyboard');
    const shown = host.current!.host as HTMLElement;
    shown.tabIndex = -1;
    shown.focus();
    shown.blur(); // the card re-drawn: focus falls to the body before the next move
    expect(document.activeElement).toBe(document.body);
    cards.reveal(wangYi, 'keyboard');
    shown.focus();
    cards.close();
    expect(document.activeElement).toBe(heading);
    heading.remove();
  });
});
