/** PageMentions and names inside names (issue 15, family 6): painted, hit-tested, listed. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageMentions } from '../../../utils/content/page-mentions';
import {
  HighlightPainter,
  type HighlightEnv,
  type HighlightLike,
} from '../../../utils/highlight/painter';
import type { ObserverFactory } from '../../../utils/highlight/viewport-ranges';
import type { EntryType } from '../../../utils/knowledge-base/model';
import type { PageMention } from '../../../utils/page/run-mentions';
import { matcher, types } from './mentions-fixture';

/** CSS.highlights and Highlight stand-ins that keep the ranges' text. */
function fakeEnv() {
  const registry = new Map<string, HighlightLike & { texts(): string[] }>();
  const env: HighlightEnv = {
    registry: { set: (n, h) => registry.set(n, h as never), delete: (n) => registry.delete(n) },
    create: () => {
      const set = new Set<AbstractRange>();
      return {
        add: (r) => set.add(r),
        delete: (r) => set.delete(r),
        clear: () => set.clear(),
        get size() {
          return set.size;
        },
        priority: 0,
        texts: () => [...set].map((r) => (r as Range).toString()),
      };
    },
  };
  return { env, registry };
}

/** Every unit is in view at once. */
const allNear: ObserverFactory = (onChange) => ({
  observe: (target) => queueMicrotask(() => onChange([{ target, isIntersecting: true }])),
  unobserve() {},
  disconnect() {},
});
const ALL_TYPES: EntryType[] = [...new Set(types)];

let page: PageMentions | undefined;
afterEach(() => page?.stop());

async function highlight(html: string, allowed = ALL_TYPES) {
  document.body.innerHTML = html;
  const { env, registry } = fakeEnv();
  const painter = new HighlightPainter(env);
  painter.setStyle('underline', false);
  const removed: PageMention[] = [];
  page = new PageMentions(
    document,
    { matcher, types, painter, observer: allNear, onRemoved: (r) => removed.push(...r) },
    allowed,
  );
  page.start();
  await vi.waitFor(() => expect(page!.idle).toBe(true), { timeout: 5000, interval: 20 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const texts = (name: string) => registry.get(name)?.texts() ?? [];
  return { page, texts, removed };
}

describe('names inside names on a page', () => {
  it('paints the compound in the style’s highlight and the names inside it in the second one', async () => {
    const { texts } = await highlight('<p>Talks on China–Kazakhstan relations in Almaty.</p>');
    expect(texts('qarina-underline')).toEqual(['China–Kazakhstan relations', 'Almaty']);
    expect(texts('qarina-inner-underline')).toEqual(['China', 'Kazakhstan']);
  });

  it('paints only the inner names of the highlighted types', async () => {
    const noPlaces = ALL_TYPES.filter((t) => t !== 'place');
    const { texts } = await highlight(
      '<p>the Ministry of Foreign Affairs of China said</p>',
      noPlaces,
    );
    expect(texts('qarina-underline')).toEqual(['Ministry of Foreign Affairs of China']);
    expect(texts('qarina-inner-underline')).toEqual([]);
  });

  it('gives the mentions at a point, longest first, and lists inner names after their compound', async () => {
    const { page } = await highlight(
      '<p>the Political Bureau of the CPC Central Committee met</p>',
    );
    const [outer] = page.index.ordered();
    const text = document.querySelector('p')!.firstChild!;
    const at = page.at(outer!, text, text.textContent!.indexOf('CPC') + 1).map((m) => m.entryId);
    expect(at).toEqual(['cpc-politburo', 'cpc-central-committee', 'communist-party-of-china']);
    expect(page.withInner().map((m) => m.text)).toEqual([
      'Political Bureau of the CPC Central Committee',
      'CPC Central Committee',
      'CPC',
    ]);
  });

  it('tells that the inner names went when their compound goes', async () => {
    const { page, removed } = await highlight('<p>China–Kazakhstan relations</p>');
    const inner = page.innerOf(page.index.ordered()[0]!);
    document.querySelector('p')!.textContent = 'nothing here';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await vi.waitFor(() => expect(page.index.size).toBe(0), { timeout: 5000, interval: 20 });
    expect(removed).toEqual(expect.arrayContaining(inner));
  });
});
