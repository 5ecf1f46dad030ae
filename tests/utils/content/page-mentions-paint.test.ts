import { afterEach, beforeAll, afterAll, expect, it, vi } from 'vitest';
import { PageMentions } from '../../../utils/content/page-mentions';
import type { HighlightPainter } from '../../../utils/highlight/painter';
import type { ObserverFactory } from '../../../utils/highlight/unit-chunks';
import type { EntryType } from '../../../utils/knowledge-base/model';
import { matcher, types } from './mentions-fixture';

/** StaticRange as browsers have it (happy-dom has none): boundary points that never move. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    ({ startContainer: this.startContainer, startOffset: this.startOffset } = init);
    ({ endContainer: this.endContainer, endOffset: this.endOffset } = init);
  }
}

const painted = new Set<AbstractRange>();
const painter = {
  add: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.add(r)),
  remove: (ranges: Iterable<AbstractRange>) => [...ranges].forEach((r) => painted.delete(r)),
  clear: () => painted.clear(),
  setActive() {},
  setStyle() {},
} as unknown as HighlightPainter;
/** Every unit is near the viewport. */
const allNear: ObserverFactory = (onChange) => ({
  observe: (target) => queueMicrotask(() => onChange([{ target, isIntersecting: true }])),
  unobserve() {},
  disconnect() {},
});
const textOf = (r: AbstractRange) =>
  (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);

let page: PageMentions | undefined;
beforeAll(() => vi.stubGlobal('StaticRange', FakeStaticRange));
afterAll(() => vi.unstubAllGlobals());
afterEach(() => page?.stop());

async function idle(mentions: PageMentions): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await vi.waitFor(() => expect(mentions.idle && painted.size > 0).toBe(true), { timeout: 5000 });
}

it('paints static ranges, withdrawn as soon as their text changes and painted again from the rescan', async () => {
  document.body.innerHTML = '<p id="a">China and Almaty</p><p>Astana</p>';
  page = new PageMentions(document, { matcher, types, painter, observer: allNear }, [
    ...new Set<EntryType>(types),
  ]);
  page.start();
  await idle(page);
  expect([...painted].every((r) => r instanceof FakeStaticRange)).toBe(true);
  expect([...painted].map(textOf).sort()).toEqual(['Almaty', 'Astana', 'China']);
  // The text moves under the static ranges: «China» now lies at 7–12, where «Almaty» was.
  (document.querySelector('#a')!.firstChild as Text).data = 'Almaty, then China';
  await new Promise((resolve) => queueMicrotask(() => resolve(null))); // the mutation records
  await Promise.resolve();
  // Before any rescan, none of #a's old ranges paints (they would show the wrong characters).
  expect([...painted].map(textOf)).toEqual(['Astana']);
  await idle(page);
  expect([...painted].map(textOf).sort()).toEqual(['Almaty', 'Astana', 'China']);
});
