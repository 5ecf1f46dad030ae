import { describe, expect, it } from 'vitest';
import { DocumentNames, type MentionFacts } from '../../../utils/page/short-form-context';
import type { PageMention } from '../../../utils/page/run-mentions';

/** A mention of entry `entryIndex`; `needsDocument` for a bare short form. */
const mention = (entryIndex: number, needsDocument = false) =>
  ({ entryIndex, needsDocument }) as PageMention;

/** A list of mentions as the facts DocumentNames reads (a unit's record gives them so). */
const facts = (list: readonly PageMention[]): MentionFacts => ({
  length: list.length,
  entryIndexAt: (i) => list[i]!.entryIndex,
  needsDocumentAt: (i) => list[i]!.needsDocument,
});

const update = (
  names: DocumentNames,
  unit: Node,
  removed: readonly PageMention[],
  added: readonly PageMention[],
) => names.update(unit, facts(removed), facts(added));

describe('DocumentNames', () => {
  const a = document.createElement('p');
  const b = document.createElement('p');
  const c = document.createElement('p');

  it('confirms a bare short form only while the document names its entry', () => {
    const names = new DocumentNames();
    const xi = mention(1, true);
    expect(update(names, a, [], [xi])).toEqual(new Set());
    expect(names.confirms(xi)).toBe(false);
    const full = mention(1);
    expect(update(names, b, [], [full])).toEqual(new Set([a]));
    expect(names.confirms(xi)).toBe(true);
    expect(update(names, b, [full], [])).toEqual(new Set([a]));
    expect(names.confirms(xi)).toBe(false);
  });

  it('always confirms other mentions', () => {
    expect(new DocumentNames().confirms(mention(3))).toBe(true);
  });

  it('names nothing again for a second name or a rescan that keeps it', () => {
    const names = new DocumentNames();
    update(names, a, [], [mention(1, true)]);
    update(names, b, [], [mention(1)]);
    expect(update(names, c, [], [mention(1)])).toEqual(new Set());
    const kept = [mention(1), mention(2)];
    expect(update(names, b, [mention(1)], kept)).toEqual(new Set());
    expect(update(names, c, [mention(1)], [])).toEqual(new Set());
    expect(names.named(1)).toBe(true);
  });

  it('does not report the unit that changed, nor units waiting for other entries', () => {
    const names = new DocumentNames();
    update(names, a, [], [mention(1, true), mention(1)]);
    update(names, b, [], [mention(2, true)]);
    expect(update(names, c, [], [mention(1)])).toEqual(new Set());
    expect(update(names, c, [], [mention(2)])).toEqual(new Set([b]));
  });

  it('forgets a unit whose short forms went away', () => {
    const names = new DocumentNames();
    const xi = mention(1, true);
    update(names, a, [], [xi]);
    update(names, a, [xi], []);
    expect(update(names, b, [], [mention(1)])).toEqual(new Set());
  });
});
