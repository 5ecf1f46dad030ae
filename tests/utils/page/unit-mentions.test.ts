import { describe, expect, it } from 'vitest';
import { NAME_LANGUAGES } from '../../../utils/knowledge-base/model';
import { appendMention, scanRoot } from '../../../utils/page/run-mentions';
import { unitRuns } from '../../../utils/page/text-runs';
import { shownPart, ShownMentions, UnitMentions } from '../../../utils/page/unit-mentions';
import { UnitJob, emptyStats } from '../../../utils/page/unit-job';
import { localFinder } from '../../../utils/page/mention-finder';
import { matcher } from '../content/mentions-fixture';

/** A paragraph's record, as the scanner's job fills it. */
function recordOf(html: string): UnitMentions {
  document.body.innerHTML = `<p>${html}</p>`;
  const p = document.querySelector('p')!;
  const job = new UnitJob(p, unitRuns(p), matcher);
  while (!job.step(emptyStats()));
  return job.mentions;
}

const fields = (m: {
  startOffset: number;
  endOffset: number;
  entryId: string;
  lang: string;
  text: string;
}) => [m.startOffset, m.endOffset, m.entryId, m.lang, m.text];

describe('UnitMentions', () => {
  it("is filled by the local finder's job, which is the UnitJob itself (no wrapper a unit)", () => {
    document.body.innerHTML = '<p>Wang Yi met Murat Nurtleu.</p>';
    const p = document.querySelector('p')!;
    const job = localFinder(matcher).begin(p, unitRuns(p), false);
    expect(job).toBeInstanceOf(UnitJob);
    while (!(job as UnitJob).step(emptyStats()));
    expect((job as UnitJob).mentions.list().map((m) => m.text)).toEqual([
      'Wang Yi',
      'Murat Nurtleu',
    ]);
  });

  it('makes a mention only when asked, once, with the fields a full scan gives', () => {
    const record = recordOf('Talks in <b>Ast</b>ana and Almaty on China–Kazakhstan relations.');
    const expected = scanRoot(document.body, matcher);
    expect(record.length).toBe(expected.length);
    expect(record.materialised()).toEqual([]); // nothing made by the scan
    const second = record.at(1)!;
    expect(record.materialised()).toEqual([second]);
    expect(record.at(1)).toBe(second); // the same object: the index and cards compare identity
    expect(record.list().map(fields)).toEqual(expected.map(fields));
    expect(record.list()[1]).toBe(second);
    // Spanning two text nodes: its text is kept (Ast|ana), its ends in two nodes.
    const astana = record.at(0)!;
    expect(astana.text).toBe('Astana');
    expect(astana.startNode).not.toBe(astana.endNode);
    expect(record.at(-1)).toBeUndefined();
    expect(record.at(record.length)).toBeUndefined();
  });

  it('tells its own mentions from an equal one of another record', () => {
    const a = recordOf('Almaty');
    const b = new UnitMentions(a.unit, matcher.entryIds);
    b.append(a);
    expect(a.has(a.at(0)!)).toBe(true);
    expect(b.has(a.at(0)!)).toBe(false);
    expect(fields(b.at(0)!)).toEqual(fields(a.at(0)!));
  });

  it('reads entry and short-form flag without making mentions', () => {
    document.body.innerHTML = '<p>Xi</p>';
    const p = document.querySelector('p')!;
    const [run] = unitRuns(p);
    const record = new UnitMentions(p, ['a', 'b', 'c']);
    appendMention(record, run!, 0, 2, 7, 2, NAME_LANGUAGES.indexOf('ru'), true);
    appendMention(record, run!, 0, 1, 8, 1, 0, false);
    expect([record.entryIndexAt(0), record.needsDocumentAt(0)]).toEqual([2, true]);
    expect([record.entryIndexAt(1), record.needsDocumentAt(1)]).toEqual([1, false]);
    expect(record.materialised()).toEqual([]);
    const m = record.at(0)!;
    expect([m.entryId, m.entryIndex, m.lang, m.pattern, m.needsDocument]).toEqual([
      'c',
      2,
      'ru',
      7,
      true,
    ]);
  });

  it('packs entry, language and flag without losing any (large entry indexes, every language)', () => {
    document.body.innerHTML = '<p>Xi</p>';
    const p = document.querySelector('p')!;
    const [run] = unitRuns(p);
    const ids: string[] = [];
    ids[99_999] = 'big';
    ids[3] = 'small';
    const record = new UnitMentions(p, ids);
    NAME_LANGUAGES.forEach((_, lang) => {
      appendMention(record, run!, 0, 2, 5, 99_999, lang, lang % 2 === 0);
      appendMention(record, run!, 0, 1, 6, 3, lang, lang % 2 === 1);
    });
    const read = record.list().map((m, i) => [m.entryId, m.entryIndex, m.lang, m.needsDocument, i]);
    expect(read).toEqual(
      NAME_LANGUAGES.flatMap((lang, l) => [
        ['big', 99_999, lang, l % 2 === 0, 2 * l],
        ['small', 3, lang, l % 2 === 1, 2 * l + 1],
      ]),
    );
    expect(read.map((_, i) => record.entryIndexAt(i))).toEqual(read.map(([, entry]) => entry));
    expect(read.map((_, i) => record.needsDocumentAt(i))).toEqual(read.map(([, , , f]) => f));
  });

  it('keeps the text of a mention over three text nodes, and each end in its node', () => {
    const record = recordOf('Talks in <b>As</b><i>ta</i>na, <b>Al</b>maty.');
    const [astana, almaty] = record.list();
    expect([astana!.text, almaty!.text]).toEqual(['Astana', 'Almaty']);
    expect([astana!.startNode.data, astana!.startOffset]).toEqual(['As', 0]);
    expect([astana!.endNode.data, astana!.endOffset]).toEqual(['na, ', 2]);
    expect([almaty!.startNode.data, almaty!.endNode.data, almaty!.endOffset]).toEqual([
      'Al',
      'maty.',
      4,
    ]);
  });

  it('reads the same mentions once trimmed, and takes more after', () => {
    const record = recordOf('Almaty, <b>Ast</b>ana and China.');
    const before = record.list().map(fields);
    record.trim();
    expect(record.list().map(fields)).toEqual(before);
    record.append(recordOf('Almaty'));
    expect(record.list().map(fields)).toEqual([...before, fields(recordOf('Almaty').at(0)!)]);
  });

  it('appends another record after its own, spanning texts and extras moved along', () => {
    const a = recordOf('Almaty and <i>As</i>tana');
    const b = recordOf('Talks in <b>Ast</b>ana');
    b.extra = new Map([[0, 'inner']]);
    const all = new UnitMentions(b.unit, matcher.entryIds);
    all.append(a);
    all.append(b);
    expect(all.list().map((m) => m.text)).toEqual(['Almaty', 'Astana', 'Astana']);
    expect([...all.extra!]).toEqual([[a.length, 'inner']]);
  });
});

describe('shownPart', () => {
  const record = recordOf('Almaty, Astana and China.');

  it('is the record itself when every mention is shown, null when none', () => {
    expect(shownPart(record, () => true)).toBe(record);
    expect(shownPart(record, () => false)).toBeNull();
    expect(shownPart(new UnitMentions(record.unit, []), () => true)).toBeNull();
  });

  it('reads the shown slots, in order, and knows which mentions it holds', () => {
    const part = shownPart(record, (slot) => slot !== 1) as ShownMentions;
    expect(part).toBeInstanceOf(ShownMentions);
    expect(part.length).toBe(2);
    expect([part.at(0), part.at(1)]).toEqual([record.at(0), record.at(2)]);
    expect(part.at(0)).toBe(record.at(0));
    expect(part.has(record.at(2)!)).toBe(true);
    expect(part.has(record.at(1)!)).toBe(false);
    expect(part.at(2)).toBeUndefined();
  });
});
