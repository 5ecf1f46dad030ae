import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageMentions } from '../../../utils/content/page-mentions';
import type { HighlightPainter } from '../../../utils/highlight/painter';
import type { EntryType } from '../../../utils/knowledge-base/model';
import type { PageMention } from '../../../utils/page/run-mentions';
import { matcher, types } from './mentions-fixture';

const painter = {
  add() {},
  remove() {},
  clear() {},
  setActive() {},
  setStyle() {},
} as unknown as HighlightPainter;
const noObserver = () => ({ observe() {}, unobserve() {}, disconnect() {} });
const ALL_TYPES: EntryType[] = [...new Set(types)];

let mentions: PageMentions | undefined;
let removed: PageMention[];

/** Starts highlighting the document and waits until the scan is done. */
async function highlight(html: string): Promise<PageMentions> {
  document.body.innerHTML = html;
  removed = [];
  mentions = new PageMentions(
    document,
    { matcher, types, painter, observer: noObserver, onRemoved: (r) => removed.push(...r) },
    ALL_TYPES,
  );
  mentions.start();
  await idle(mentions);
  return mentions;
}

/** Waits until the scanner has seen the latest DOM change and has nothing left to do. */
async function idle(page: PageMentions): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0)); // mutation records delivered
  await vi.waitFor(() => expect(page.idle).toBe(true), { timeout: 5000, interval: 20 });
}

/** The highlighted mentions as [entry id, text], in document order. */
const shown = (page: PageMentions) =>
  page.index.ordered().map((m): [string, string] => [m.entryId, m.text]);

beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => mentions?.stop());

describe('short forms on a page (issue 15, family 3)', () => {
  it('highlights a short form after a title, and then every later one in the document', async () => {
    const page = await highlight(
      '<p>President Xi arrived in Astana.</p><section><p>Xi said the talks went well.</p></section>',
    );
    expect(shown(page)).toEqual([
      ['xi-jinping', 'Xi'],
      ['astana', 'Astana'],
      ['xi-jinping', 'Xi'],
    ]);
  });

  it('highlights short forms before and after the full name, in any block', async () => {
    const page = await highlight(
      '<p>Xi arrived.</p><div><p>Xi Jinping spoke.</p></div><p>Си отметил</p>',
    );
    expect(shown(page)).toEqual([
      ['xi-jinping', 'Xi'],
      ['xi-jinping', 'Xi Jinping'],
      ['xi-jinping', 'Си'],
    ]);
  });

  it('leaves a short form alone on a page that never names the person', async () => {
    const page = await highlight(
      '<p>Xi is the fourteenth letter of the Greek alphabet.</p><p>Chapter xi. Xi arrived.</p>',
    );
    expect(shown(page)).toEqual([]);
  });

  it('highlights earlier short forms when the full name is added later', async () => {
    const page = await highlight('<p>Xi arrived.</p><p id="later"></p>');
    expect(shown(page)).toEqual([]);
    document.querySelector('#later')!.textContent = 'Xi Jinping spoke.';
    await idle(page);
    expect(shown(page)).toEqual([
      ['xi-jinping', 'Xi'],
      ['xi-jinping', 'Xi Jinping'],
    ]);
  });

  it('drops them again when the last name leaves the document, and says so', async () => {
    const page = await highlight('<p>Xi arrived.</p><p id="name">Xi Jinping spoke.</p>');
    const early = page.index.ordered()[0]!;
    expect(early.text).toBe('Xi');
    document.querySelector('#name')!.textContent = 'Nobody spoke.';
    await idle(page);
    expect(shown(page)).toEqual([]);
    expect(removed).toContain(early);
  });

  it('keeps them while another name of the entry stays', async () => {
    const page = await highlight(
      '<p>Xi arrived.</p><p id="a">Xi Jinping spoke.</p><p>习近平发表讲话。</p>',
    );
    document.querySelector('#a')!.remove();
    await idle(page);
    expect(shown(page)).toEqual([
      ['xi-jinping', 'Xi'],
      ['xi-jinping', '习近平'],
    ]);
  });

  it('does not take Xi in Xi’an for a short form', async () => {
    const page = await highlight('<p>Xi Jinping visited Xi’an.</p><p>Xi said</p>');
    expect(shown(page)).toEqual([
      ['xi-jinping', 'Xi Jinping'],
      ['xian', 'Xi’an'],
      ['xi-jinping', 'Xi'],
    ]);
  });
});
