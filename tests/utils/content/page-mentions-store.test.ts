/**
 * The page's mentions kept as numbers (utils/page/unit-mentions.ts): a scan makes no mention
 * object; a hit test makes its unit's; a rescan or a type switched off reports the ones made.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { PageMentions } from '../../../utils/content/page-mentions';
import type { HighlightPainter } from '../../../utils/highlight/painter';
import type { EntryType } from '../../../utils/knowledge-base/model';
import type { PageMention, UnitMentions } from '../../../utils/page/unit-mentions';
import { matcher, types } from './mentions-fixture';

const painter = { add() {}, remove() {}, clear() {} } as unknown as HighlightPainter;
const noObserver = () => ({ observe() {}, unobserve() {}, disconnect() {} });
const ALL_TYPES: EntryType[] = [...new Set(types)];

let page: PageMentions | undefined;
afterEach(() => page?.stop());

async function scanned(html: string) {
  document.body.innerHTML = html;
  const removed: PageMention[] = [];
  page = new PageMentions(
    document,
    { matcher, types, painter, observer: noObserver, onRemoved: (r) => removed.push(...r) },
    ALL_TYPES,
  );
  page.start();
  await idle(page);
  return { page, removed };
}

async function idle(p: PageMentions): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await vi.waitFor(() => expect(p.idle).toBe(true), { timeout: 5000, interval: 20 });
}

/** Mentions made so far, over every unit's record. */
const made = (p: PageMentions) =>
  [...(p as unknown as { byUnit: Map<Node, UnitMentions> }).byUnit.values()].flatMap((r) =>
    r.materialised(),
  );

const textOf = (id: string) => document.getElementById(id)!.firstChild as Text;

it('makes no mention object in a scan, and only the hit unit’s in a hit test', async () => {
  const { page } = await scanned('<p id="a">Almaty and Astana</p><p id="b">China</p>');
  expect(page.index.size).toBe(3);
  expect(made(page)).toEqual([]);
  const [almaty] = page.index.at(textOf('a'), 2);
  expect(almaty?.text).toBe('Almaty');
  expect(made(page).map((m) => m.text)).toEqual(['Almaty', 'Astana']);
  expect(page.index.at(textOf('a'), 2)[0]).toBe(almaty); // the same object again
  expect(page.index.has(almaty!)).toBe(true);
});

it('reports a made mention removed when its unit is rescanned, and gives a new one after', async () => {
  const { page, removed } = await scanned('<p id="a">Almaty and Astana</p><p id="b">China</p>');
  const [almaty] = page.index.at(textOf('a'), 2);
  textOf('a').data = 'Almaty, Astana and Bishkek';
  await idle(page);
  expect(removed).toContain(almaty);
  expect(page.index.has(almaty!)).toBe(false);
  const [again] = page.index.at(textOf('a'), 2);
  expect(again?.text).toBe('Almaty');
  expect(again).not.toBe(almaty);
  expect(page.index.size).toBe(4);
});

it('reports a made mention of a type switched off', async () => {
  const { page, removed } = await scanned('<p id="a">Almaty and Astana</p><p id="b">China</p>');
  const [almaty] = page.index.at(textOf('a'), 2);
  const type = types[almaty!.entryIndex]!;
  page.setTypes(ALL_TYPES.filter((t) => t !== type));
  expect(removed).toContain(almaty);
  expect(page.index.has(almaty!)).toBe(false);
});
