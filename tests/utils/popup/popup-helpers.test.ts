import { describe, expect, it } from 'vitest';
import { bundledJson } from '../../fixtures/bundled-kb';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import { groupMentions } from '../../../utils/popup/group-mentions';
import { moveActive } from '../../../utils/popup/list-navigation';
import { tabIdFromUrl } from '../../../utils/popup/popup-target';
import { resultView } from '../../../utils/popup/result-view';
import { createSearchIndex, search } from '../../../utils/search/search';

const kb = KnowledgeBaseSchema.parse(bundledJson);
const byId = new Map(kb.entries.map((e) => [e.id, e]));
const index = createSearchIndex(kb.entries);
const text = (segments: { text: string; marked: boolean }[]) =>
  segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('moveActive', () => {
  it.each([
    [0, 3, 'ArrowDown', 1],
    [2, 3, 'ArrowDown', 0],
    [0, 3, 'ArrowUp', 2],
    [1, 3, 'Home', 0],
    [0, 3, 'End', 2],
    [0, 3, 'a', undefined],
    [0, 0, 'ArrowDown', undefined],
  ])('from %i of %i, %s → %s', (active, count, key, expected) => {
    expect(moveActive(active, count, key)).toBe(expected);
  });
});

describe('groupMentions', () => {
  it('groups by type in the schema’s order, keeping the page’s order within a group', () => {
    const groups = groupMentions(
      [
        { entryId: 'almaty', count: 4, firstText: 'ألماتي' },
        { entryId: 'wang-yi', count: 5, firstText: 'وانغ يي' },
        { entryId: 'xinhua', count: 3, firstText: 'شينخوا' },
        { entryId: 'murat-nurtleu', count: 3, firstText: 'مراد نورتلو' },
        { entryId: 'not-loaded', count: 1, firstText: 'x' },
      ],
      byId,
    );
    expect(groups.map((g) => [g.type, g.items.map((i) => i.entryId)])).toEqual([
      ['person', ['wang-yi', 'murat-nurtleu']],
      ['place', ['almaty']],
      ['organization', ['xinhua']],
    ]);
  });
});

describe('resultView', () => {
  it('marks the display name when the query matched it, and adds another language', () => {
    const [hit] = search(index, 'Wang Y');
    const view = resultView(hit!, byId.get('wang-yi')!, 'en');
    expect(text(view.title.segments)).toBe('[Wang Y]i');
    expect(view.other).toMatchObject({ lang: 'ar' });
    expect(text(view.other!.segments)).toBe('وانغ يي');
  });

  it('shows the matched name of another language beside the display name, marked', () => {
    const [hit] = search(index, '王毅');
    const view = resultView(hit!, byId.get('wang-yi')!, 'ar');
    expect(text(view.title.segments)).toBe('وانغ يي');
    expect(view.other).toMatchObject({ lang: 'zh' });
    expect(text(view.other!.segments)).toBe('[王毅]');
    expect(view.summary).toBe(byId.get('wang-yi')!.summary.ar);
  });
});

describe('tabIdFromUrl', () => {
  it.each([
    ['chrome-extension://x/popup.html?tab=42', 42],
    ['chrome-extension://x/popup.html', undefined],
    ['chrome-extension://x/popup.html?tab=-1', undefined],
    ['chrome-extension://x/popup.html?tab=abc', undefined],
  ])('%s → %s', (href, expected) => {
    expect(tabIdFromUrl(href)).toBe(expected);
  });
});
