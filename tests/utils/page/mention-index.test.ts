import { describe, expect, it, vi } from 'vitest';
import { coveredTextNodes, MentionIndex } from '../../../utils/page/mention-index';
import { PageMention, scanRoot } from '../../../utils/page/run-mentions';
import { matcher, mentionsIn } from '../content/mentions-fixture';

describe('MentionIndex', () => {
  it('finds the mention at a text position, both ends included, and nothing beside it', () => {
    const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p>');
    const index = new MentionIndex();
    index.add(mentions);
    const text = document.querySelector('p')!.firstChild!;
    expect(index.at(text, 0).map((m) => m.entryId)).toEqual(['wang-yi']);
    expect(index.at(text, 7).map((m) => m.entryId)).toEqual(['wang-yi']);
    expect(index.at(text, 9)).toEqual([]);
    expect(index.at(text, 14).map((m) => m.entryId)).toEqual(['murat-nurtleu']);
    index.remove([mentions[0]!]);
    expect(index.at(text, 3)).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('indexes every text node a mention spans', () => {
    const mentions = mentionsIn('<p>Met <b>Wang</b> Yi today.</p>');
    expect(mentions.map((m) => m.text)).toEqual(['Wang Yi']);
    const nodes = coveredTextNodes(mentions[0]!);
    expect(nodes.map((n) => n.data)).toEqual(['Wang', ' Yi today.']);
    const index = new MentionIndex();
    index.add(mentions);
    expect(index.at(nodes[1]!, 2)).toHaveLength(1);
  });

  it('orders mentions in document order, shadow-root text where its host is', () => {
    const light = mentionsIn('<p>Almaty</p><div id="host"></div><p>Wang Yi</p>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Kazakhstan</p>';
    const index = new MentionIndex();
    index.add([...light].reverse());
    index.add(scanRoot(root, matcher));
    expect(index.ordered().map((m) => m.text)).toEqual(['Almaty', 'Kazakhstan', 'Wang Yi']);
    expect(index.shadowRoots()).toEqual([root]);
  });

  it('knows its shadow roots without looking at every indexed node at each hit test', () => {
    const light = mentionsIn('<p>Almaty</p><div id="host"></div>' + '<p>Wang Yi</p>'.repeat(200));
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Kazakhstan and Almaty</p>';
    const shadow = scanRoot(root, matcher);
    const index = new MentionIndex();
    index.add(light);
    index.add(shadow);
    const spy = vi.spyOn(Node.prototype, 'getRootNode');
    try {
      for (let move = 0; move < 10; move++) expect(index.shadowRoots()).toEqual([root]);
      // Once per unit at the first hit test; was once per indexed text node, per pointer move.
      expect(spy).toHaveBeenCalledTimes(202);
    } finally {
      spy.mockRestore();
    }
    index.remove([shadow[0]!]);
    expect(index.shadowRoots()).toEqual([root]); // one of its mentions is left
    index.remove([shadow[1]!]);
    expect(index.shadowRoots()).toEqual([]);
    index.add(shadow);
    expect(index.shadowRoots()).toEqual([root]);
    index.clear();
    expect(index.shadowRoots()).toEqual([]);
  });

  it('keeps mentions by unit: one root lookup a unit, not one a mention (issue 18, goal 3)', () => {
    // Whatever the index keeps per mention outlives the scan's slice and is copied by V8's
    // young-generation collector; per unit, a paragraph's list is all it keeps.
    const mentions = mentionsIn('<p>Wang Yi, Almaty, Kazakhstan and Astana.</p><p>Almaty</p>');
    expect(mentions.length).toBeGreaterThanOrEqual(5);
    const index = new MentionIndex();
    const spy = vi.spyOn(Node.prototype, 'getRootNode');
    try {
      index.add(mentions.filter((m) => m.unit === mentions[0]!.unit));
      index.add(mentions.filter((m) => m.unit !== mentions[0]!.unit));
      // None while indexing (the scan): looked up at the first hit test, once a unit.
      expect(spy).not.toHaveBeenCalled();
      expect(index.shadowRoots()).toEqual([]);
      expect(spy).toHaveBeenCalledTimes(2); // was once per mention
    } finally {
      spy.mockRestore();
    }
    expect(index.size).toBe(mentions.length);
    expect(index.has(mentions[1]!)).toBe(true);
    index.remove([mentions[1]!]);
    expect(index.has(mentions[1]!)).toBe(false);
    expect(index.size).toBe(mentions.length - 1);
    index.add([mentions[1]!, mentions[1]!]);
    expect(index.size).toBe(mentions.length);
  });

  it('looks up a unit rescanned before a hit test once, with its shadow root counted once', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Kazakhstan and Almaty</p>';
    const mentions = scanRoot(root, matcher);
    const unit = mentions[0]!.unit;
    // A unit's record as the page's mentions hand it (a list that answers `has`).
    const view = Object.assign([...mentions], { has: (m: PageMention) => mentions.includes(m) });
    const index = new MentionIndex();
    const spy = vi.spyOn(Node.prototype, 'getRootNode');
    try {
      for (let scan = 0; scan < 500; scan++) index.setUnit(unit, view);
      expect(spy).not.toHaveBeenCalled();
      expect(index.shadowRoots()).toEqual([root]);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    index.setUnit(unit, null);
    expect(index.shadowRoots()).toEqual([]); // counted once, so gone with its one entry
  });

  it('hit-tests a mention inside one text node without making a Range', () => {
    const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p>');
    const index = new MentionIndex();
    index.add(mentions);
    const text = document.querySelector('p')!.firstChild!;
    const spy = vi.spyOn(PageMention.prototype, 'toRange');
    try {
      for (const offset of [0, 3, 7, 9, 14]) index.at(text, offset);
      expect(spy).not.toHaveBeenCalled(); // was a Range for each candidate, at each pointer move
    } finally {
      spy.mockRestore();
    }
    expect(index.at(text, 14).map((m) => m.entryId)).toEqual(['murat-nurtleu']);
  });

  it('finds a mention through the text node of an inline element inside it', () => {
    const mentions = mentionsIn('<div>Met <a><b>Wang</b></a> Yi today.<p>Almaty</p></div>');
    const index = new MentionIndex();
    index.add(mentions);
    const wang = document.querySelector('b')!.firstChild!;
    expect(index.at(wang, 2).map((m) => m.entryId)).toEqual(['wang-yi']);
    const almaty = document.querySelector('p')!.firstChild!;
    expect(index.at(almaty, 2).map((m) => m.entryId)).toEqual(['almaty']);
    expect(index.at(document.querySelector('div')!.firstChild!, 1)).toEqual([]);
  });

  it("removes a unit's many mentions with one pass over its list, not one a mention", () => {
    // A rescanned unit's whole old list is removed at once: 2,000 filters of a 2,000-long list
    // were quadratic (a <pre> of 25,000 mentions changed: 300 M comparisons in one task).
    const mentions = mentionsIn(`<pre>${'Almaty and '.repeat(2000)}</pre>`);
    expect(mentions).toHaveLength(2000);
    const index = new MentionIndex();
    index.add(mentions);
    const filter = vi.spyOn(Array.prototype, 'filter');
    try {
      index.remove(mentions.slice(1)); // all but one: the unit's list is kept, shorter
      expect(filter.mock.calls.length).toBeLessThan(10);
    } finally {
      filter.mockRestore();
    }
    expect(index.size).toBe(1);
    expect(index.has(mentions[0]!)).toBe(true);
    expect(index.has(mentions[1]!)).toBe(false);
    index.remove(mentions);
    expect(index.size).toBe(0);
    expect(index.ordered()).toEqual([]);
  });
});
