import { afterEach, describe, expect, it, vi } from 'vitest';
import { MentionIndex } from '../../../utils/page/mention-index';
import { pickMention } from '../../../utils/content/keyboard-nav';
import { scanRoot } from '../../../utils/page/run-mentions';
import { matcher, mentionsIn } from './mentions-fixture';

describe('pickMention', () => {
  const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p><p>Almaty is in Kazakhstan.</p>');
  const index = new MentionIndex();
  index.add([...mentions].reverse());
  const ordered = index.ordered();
  const names = ordered.map((m) => m.text);
  // Layout stand-in: each mention 100 px below the previous one.
  const rectOf = (m: (typeof ordered)[number]) => {
    const top = names.indexOf(m.text) * 100 - 150;
    return { top, bottom: top + 20 };
  };
  const opts = { rectOf, viewportHeight: 200 };

  it('moves to the next and previous mention in document order, wrapping at the ends', () => {
    expect(names).toEqual(['Wang Yi', 'Murat Nurtleu', 'Almaty', 'Kazakhstan']);
    expect(pickMention(ordered, ordered[0]!, 'next', opts)?.text).toBe('Murat Nurtleu');
    expect(pickMention(ordered, ordered[3]!, 'next', opts)?.text).toBe('Wang Yi');
    expect(pickMention(ordered, ordered[0]!, 'previous', opts)?.text).toBe('Kazakhstan');
    expect(pickMention(ordered, ordered[2]!, 'previous', opts)?.text).toBe('Murat Nurtleu');
  });

  it('with no card open, starts from the top of the viewport', () => {
    // Wang Yi is at -150 and Murat Nurtleu at -50: above the viewport.
    expect(pickMention(ordered, null, 'next', opts)?.text).toBe('Almaty');
    expect(pickMention(ordered, null, 'previous', opts)?.text).toBe('Kazakhstan');
  });

  it('is nothing on a page without mentions', () => {
    expect(pickMention([], null, 'next', opts)).toBeNull();
  });
});

describe('pickMention with no card open, on a long page', () => {
  const ROW = 30;
  const HEIGHT = 200;
  // Rows of two mentions each; some rows hidden after the scan (display: none), alone and in
  // runs, first and last; a hidden mention's rect is empty.
  const someHidden = (row: number) =>
    row === 0 || (row >= 50 && row < 60) || row === 120 || row >= 250;
  let scrollY = 0;

  /** The page, and a layout stand-in for every Range: its paragraph's row, moved by the scroll. */
  function longPage(hidden = someHidden) {
    const html = Array.from({ length: 300 }, (_, row) => {
      const gone = hidden(row) ? ' class="gone"' : '';
      return `<p data-y="${row * ROW}"${gone}>Wang Yi met Almaty.</p>`;
    }).join('');
    const mentions = mentionsIn(html);
    // A shadow root between rows 149 and 150: its mention sorts, and is laid out, where its host is.
    const host = document.createElement('div');
    document.querySelectorAll('p')[150]!.before(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p data-y="${149 * ROW + 15}">Kazakhstan</p>`;
    const index = new MentionIndex();
    index.add([...mentions, ...scanRoot(root, matcher)]);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const block = this.startContainer.parentElement!.closest('p')!;
      if (block.className === 'gone') return new DOMRect(0, 0, 0, 0);
      return new DOMRect(0, Number(block.dataset.y) - scrollY, 50, 20);
    });
    return index.ordered();
  }
  afterEach(() => vi.restoreAllMocks());

  it('picks the first laid-out mention below the top, or the last above the bottom, never a hidden one', () => {
    const ordered = longPage();
    const tops = ordered.map((m) => {
      const block = m.startNode.parentElement!.closest('p')!;
      return block.className === 'gone' ? null : Number(block.dataset.y);
    });
    expect(ordered.length).toBe(601);
    expect(ordered[300]!.text).toBe('Kazakhstan');
    const opts = { viewportHeight: HEIGHT };
    for (scrollY = -2 * ROW; scrollY < 260 * ROW; scrollY += 23) {
      const below = tops.findIndex((top) => top !== null && top - scrollY >= 0);
      const above = tops.findLastIndex((top) => top !== null && top - scrollY + 20 <= HEIGHT);
      expect(pickMention(ordered, null, 'next', opts)).toBe(ordered[below < 0 ? 0 : below]);
      expect(pickMention(ordered, null, 'previous', opts)).toBe(
        ordered[above < 0 ? ordered.length - 1 : above],
      );
    }
  });

  it('reads a logarithmic number of layouts, not one per mention above the viewport', () => {
    let ordered = longPage(() => false);
    /** The pick, and how many Ranges it made to read layouts. */
    const pick = (direction: 'next' | 'previous', y: number) => {
      const ranges = vi.spyOn(document, 'createRange');
      scrollY = y;
      const text = pickMention(ordered, null, direction, { viewportHeight: HEIGHT })?.text;
      const reads = ranges.mock.calls.length;
      ranges.mockRestore();
      return [text, reads] as const;
    };
    // 601 mentions, where a scan reads the ~480 above the viewport's top (or ~110 below its bottom).
    const log = Math.ceil(Math.log2(ordered.length));
    const [next, nextReads] = pick('next', 240 * ROW);
    const [previous, previousReads] = pick('previous', 240 * ROW);
    expect([next, previous]).toEqual(['Wang Yi', 'Almaty']);
    expect(Math.min(nextReads, previousReads)).toBeGreaterThan(0); // the count is real
    expect(Math.max(nextReads, previousReads)).toBeLessThanOrEqual(log + 2);

    // Runs of hidden mentions cost a few more reads each, not one per hidden mention.
    ordered = longPage();
    const [nextPastHidden, hiddenNextReads] = pick('next', 240 * ROW);
    const [previousPastHidden, hiddenPreviousReads] = pick('previous', 40 * ROW);
    expect([nextPastHidden, previousPastHidden]).toEqual(['Wang Yi', 'Almaty']);
    expect(Math.max(hiddenNextReads, hiddenPreviousReads)).toBeLessThanOrEqual(2 * log);
  });
});
