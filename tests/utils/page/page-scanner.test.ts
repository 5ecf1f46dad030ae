import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../utils/match/lexicon';
import { createMatcher } from '../../../utils/match/matcher';
import { PageScanner, type MentionChange } from '../../../utils/page/page-scanner';
import { TEST_ENTRIES } from '../match/lexicon-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

const matcher = createMatcher(buildLexicon(TEST_ENTRIES));

function setup(html: string, tick = 0) {
  document.body.innerHTML = html;
  const scheduler = new ManualScheduler(tick);
  const changes: MentionChange[] = [];
  const scanner = new PageScanner(document, {
    matcher,
    scheduler,
    onMentions: (change) => changes.push(change),
    isRendered: (el) => el.checkVisibility(),
    order: (units) => units,
    clockWork: tick > 0 ? 0 : undefined, // a ticking clock: every step reads it (takes time)
  });
  scanner.start();
  scheduler.runAll();
  const texts = () => scanner.mentions.map((m) => m.text).sort();
  return { scanner, scheduler, changes, texts };
}

/** Runs the scanner until idle after the DOM changed. */
async function settle(scheduler: ManualScheduler) {
  await mutationsDelivered();
  scheduler.time += 1000; // past every unit's cooldown
  scheduler.runAll();
}

describe('PageScanner', () => {
  let scanner: PageScanner | undefined;
  afterEach(() => scanner?.stop());
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('finds every mention of the page on start', () => {
    const s = setup('<h1>China and Kazakhstan</h1><p>Wang <b>Yi</b> at the UN.</p>');
    scanner = s.scanner;
    expect(s.texts()).toEqual(['China', 'Kazakhstan', 'UN', 'Wang Yi']);
    expect(s.scanner.idle).toBe(true);
  });

  it('rescans only the paragraph whose text changed', async () => {
    const paragraphs = Array.from(
      { length: 20 },
      (_, i) => `<p id="p${i}">paragraph ${i} on China</p>`,
    ).join('');
    const s = setup(`<article>${paragraphs}</article>`);
    scanner = s.scanner;
    const before = { ...s.scanner.stats };
    document.querySelector('#p7')!.firstChild!.textContent = 'now about Kazakhstan';
    await settle(s.scheduler);
    expect(s.scanner.stats.runsScanned - before.runsScanned).toBe(1);
    expect(s.scanner.stats.unitsScanned - before.unitsScanned).toBe(1);
    const last = s.changes.at(-1)!;
    // A mention's text is read from the page: the removed one's node now holds other text.
    expect(last.removed.list().map((m) => m.entryId)).toEqual(['china']);
    expect(last.added.list().map((m) => m.text)).toEqual(['Kazakhstan']);
  });

  it('scans appended content (infinite scroll) without rescanning the rest', async () => {
    const s = setup('<main id="feed"><p>China</p><p>Kazakhstan</p></main>');
    scanner = s.scanner;
    const before = s.scanner.stats.runsScanned;
    const item = document.createElement('section');
    item.innerHTML = '<h2>Almaty</h2><p>Wang Yi visited the <i>UN</i>.</p>';
    document.querySelector('#feed')!.append(item);
    await settle(s.scheduler);
    expect(s.scanner.stats.runsScanned - before).toBe(2);
    expect(s.texts()).toEqual(['China', 'Kazakhstan', 'UN', 'Wang Yi']);
  });

  it('finds a mention completed by an inserted inline element', async () => {
    const s = setup('<p id="p">Minister Wang </p>');
    scanner = s.scanner;
    const b = document.createElement('b');
    b.textContent = 'Yi';
    document.querySelector('#p')!.append(b);
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['Wang Yi']);
  });

  it('takes away the mentions of removed content', async () => {
    const s = setup('<div><p id="gone">China</p><p>Kazakhstan</p></div>');
    scanner = s.scanner;
    document.querySelector('#gone')!.remove();
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['Kazakhstan']);
    expect(
      s.changes
        .at(-1)!
        .removed.list()
        .map((m) => m.text),
    ).toEqual(['China']);
  });

  it('ignores changes inside the extension UI and editable regions', async () => {
    const s = setup('<p>China</p><div data-qarina-ui></div><div contenteditable="true"></div>');
    scanner = s.scanner;
    const before = s.scanner.stats.unitsScanned;
    document.querySelector('[data-qarina-ui]')!.innerHTML = '<p>Kazakhstan</p>';
    document.querySelector('[contenteditable]')!.innerHTML = '<p>Kazakhstan</p>';
    await settle(s.scheduler);
    expect(s.scanner.stats.unitsScanned).toBe(before);
    expect(s.texts()).toEqual(['China']);
  });

  it('scans content of a shadow root attached later and watches it', async () => {
    const s = setup('<div id="host-parent"></div>');
    scanner = s.scanner;
    const host = document.createElement('x-widget');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="sp">China</p>';
    document.querySelector('#host-parent')!.append(host);
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China']);
    shadow.querySelector('#sp')!.textContent = 'Kazakhstan';
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['Kazakhstan']);
  });

  it('scans text revealed by removing the hidden attribute', async () => {
    const s = setup('<p>China</p><p id="more" hidden>Kazakhstan</p>');
    scanner = s.scanner;
    expect(s.texts()).toEqual(['China']);
    document.querySelector('#more')!.removeAttribute('hidden');
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China', 'Kazakhstan']);
  });

  it('takes away the mentions of an inline element hidden later', async () => {
    const s = setup('<p><a id="link">China</a> and Kazakhstan</p>');
    scanner = s.scanner;
    document.querySelector('#link')!.setAttribute('hidden', '');
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['Kazakhstan']);
  });

  it('scans text revealed in the same batch as a change of the revealed element', async () => {
    const s = setup('<div id="box" hidden><p>China</p></div>');
    scanner = s.scanner;
    const box = document.querySelector('#box')!;
    box.append(document.createElement('span')); // a childList record on #box first…
    box.removeAttribute('hidden'); // …then its reveal, delivered together
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China']);
  });

  it('scans text revealed by a style change (display:none skipped at first)', async () => {
    const s = setup('<p>China</p><div id="more" style="display:none"><p>Kazakhstan</p></div>');
    scanner = s.scanner;
    expect(s.texts()).toEqual(['China']);
    (document.querySelector('#more') as HTMLElement).style.display = 'block';
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China', 'Kazakhstan']);
  });

  it('skips a hidden paragraph with no block inside, and scans it once revealed', async () => {
    // unitsIn leaves such a leaf unit's rendered test to its scan (startJob).
    const s = setup('<p>China</p><p id="more" style="display:none">Kazakhstan</p>');
    scanner = s.scanner;
    expect(s.texts()).toEqual(['China']);
    (document.querySelector('#more') as HTMLElement).style.display = 'block';
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China', 'Kazakhstan']);
  });

  it('bounds the work of a mutation storm on one paragraph', async () => {
    const s = setup('<p id="ticker">China</p><p>Kazakhstan</p>');
    scanner = s.scanner;
    const before = s.scanner.stats.unitsScanned;
    const ticker = document.querySelector('#ticker')!;
    for (let i = 0; i < 200; i++) {
      ticker.textContent = i % 2 ? 'China' : 'Kazakhstan';
      await mutationsDelivered();
      s.scheduler.time += 5; // 200 changes within one second
      s.scheduler.runDue();
    }
    await settle(s.scheduler);
    // One scan per 250 ms cooldown, not one per change.
    expect(s.scanner.stats.unitsScanned - before).toBeLessThanOrEqual(6);
    expect(s.texts()).toEqual(['China', 'Kazakhstan']);
  });

  it('works in short slices on a large page', () => {
    const big = Array.from({ length: 400 }, (_, i) => `<p>item ${i}: Wang Yi in Almaty</p>`).join(
      '',
    );
    const s = setup(big, 0.05); // every clock read costs 50 µs: a 10 ms slice holds ~200 reads
    scanner = s.scanner;
    expect(s.scanner.stats.slices).toBeGreaterThan(3);
    expect(s.scanner.mentions).toHaveLength(400);
  });

  it('scans a first-scan unit that changed before its turn once, with the change', async () => {
    const big = Array.from({ length: 200 }, (_, i) => `<p id="p${i}">item ${i}: Wang Yi</p>`);
    document.body.innerHTML = big.join('');
    const scheduler = new ManualScheduler(0.05);
    const options = { matcher, scheduler, onMentions() {}, order: (u: Node[]) => u, clockWork: 0 };
    scanner = new PageScanner(document, options);
    scanner.start();
    scheduler.runDue(); // the first slices: enumeration and the first units
    expect(scanner.idle).toBe(false);
    document.querySelector('#p150')!.firstChild!.textContent = 'now about Kazakhstan';
    await mutationsDelivered();
    scheduler.runAll();
    const units = document.querySelectorAll('p').length + 2; // and <html>, <body>
    expect(scanner.stats.unitsScanned).toBe(units);
    expect(scanner.mentions.map((m) => m.text).filter((t) => t !== 'Wang Yi')).toEqual([
      'Kazakhstan',
    ]);
  });

  it('scans visible units first', () => {
    document.body.innerHTML = '<p id="a">China</p><p id="b">Kazakhstan</p>';
    const scheduler = new ManualScheduler();
    const order: string[] = [];
    scanner = new PageScanner(document, {
      matcher,
      scheduler,
      onMentions: (c) => order.push((c.unit as Element).id),
      order: (units) => [...units].reverse(),
    });
    scanner.start();
    scheduler.runAll();
    expect(order).toEqual(['b', 'a']);
  });

  it('stops watching on stop()', async () => {
    const s = setup('<p id="p">China</p>');
    s.scanner.stop();
    document.querySelector('#p')!.textContent = 'Kazakhstan';
    await settle(s.scheduler);
    expect(s.texts()).toEqual(['China']);
  });
});
