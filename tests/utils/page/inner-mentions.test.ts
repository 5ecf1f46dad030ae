import { describe, expect, it } from 'vitest';
import {
  chainOf,
  InnerMention,
  innerMentions,
  mentionsAt,
} from '../../../utils/page/inner-mentions';
import { matcher, mentionsIn } from '../content/mentions-fixture';

/** A mention's inner names as [entry id, text, depth, container's entry id]. */
function innerOf(html: string) {
  const [outer, ...rest] = mentionsIn(html);
  expect(rest).toEqual([]);
  return innerMentions(outer!, matcher).map((m) => [m.entryId, m.text, m.depth, m.parent.entryId]);
}

describe('names inside a page mention', () => {
  it('finds them in one text node, with DOM offsets', () => {
    const [outer] = mentionsIn('<p>Talks on China–Kazakhstan relations.</p>');
    const inner = innerMentions(outer!, matcher);
    expect(inner.map((m) => [m.entryId, m.text])).toEqual([
      ['china', 'China'],
      ['kazakhstan', 'Kazakhstan'],
    ]);
    expect(inner.map((m) => m.toRange().toString())).toEqual(['China', 'Kazakhstan']);
    expect(inner.every((m) => m instanceof InnerMention && m.outer === outer)).toBe(true);
  });

  it('finds them across elements, each range over its own characters', () => {
    expect(innerOf('<p>the <b>Ministry of Foreign Affairs</b> of <i>Chi</i>na said</p>')).toEqual([
      ['china', 'China', 1, 'mfa-china'],
    ]);
    const [outer] = mentionsIn('<p><b>Ministry of Foreign Affairs</b> of <i>Chi</i>na</p>');
    expect(innerMentions(outer!, matcher)[0]!.toRange().toString()).toBe('China');
  });

  it('finds names at any depth, in Arabic, Chinese and Russian too', () => {
    expect(innerOf('<p>the Political Bureau of the CPC Central Committee</p>')).toEqual([
      ['cpc-central-committee', 'CPC Central Committee', 1, 'cpc-politburo'],
      ['communist-party-of-china', 'CPC', 2, 'cpc-central-committee'],
    ]);
    expect(innerOf('<p>وقالت وزارة الخارجية الصينية</p>')).toEqual([
      ['china', 'الصينية', 1, 'mfa-china'],
    ]);
    expect(innerOf('<p>中国外交部发言人</p>')).toEqual([['china', '中国', 1, 'mfa-china']]);
    expect(innerOf('<p>МИД КНР заявил</p>')).toEqual([['china', 'КНР', 1, 'mfa-china']]);
  });

  it('keeps the list per mention object, and has none for a simple name', () => {
    const [outer, simple] = mentionsIn('<p>China–Kazakhstan relations and Almaty</p>');
    expect(innerMentions(outer!, matcher)).toBe(innerMentions(outer!, matcher));
    expect(innerMentions(simple!, matcher)).toEqual([]);
  });

  it('lists the mentions at a caret position, longest first, and the chain of an inner one', () => {
    const [outer] = mentionsIn('<p>the Political Bureau of the CPC Central Committee</p>');
    const text = outer!.startNode;
    const at = (offset: number) => mentionsAt(outer!, text, offset, matcher).map((m) => m.entryId);
    const cpc = text.data.indexOf('CPC') + 1;
    expect(at(cpc)).toEqual(['cpc-politburo', 'cpc-central-committee', 'communist-party-of-china']);
    expect(at(text.data.indexOf('Central') + 2)).toEqual([
      'cpc-politburo',
      'cpc-central-committee',
    ]);
    expect(at(text.data.indexOf('Bureau'))).toEqual(['cpc-politburo']);
    const deepest = mentionsAt(outer!, text, cpc, matcher)[2]!;
    expect(chainOf(deepest).map((m) => m.entryId)).toEqual([
      'cpc-politburo',
      'cpc-central-committee',
      'communist-party-of-china',
    ]);
    expect(chainOf(outer!)).toEqual([outer]);
  });
});
