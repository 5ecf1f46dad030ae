import { describe, expect, it } from 'vitest';
import { DocumentNames } from '../../../utils/page/short-form-context';
import type { PageMention } from '../../../utils/page/run-mentions';

/** A mention of entry `entryIndex`; `needsDocument` for a bare short form. */
const mention = (entryIndex: number, needsDocument = false) =>
  ({ entryIndex, needsDocument }) as PageMention;

describe('DocumentNames', () => {
  const a = document.createElement('p');
  const b = document.createElement('p');
  const c = document.createElement('p');

  it('confirms a bare short form only while the document names its entry', () => {
    const names = new DocumentNames();
    const xi = mention(1, true);
    expect(names.update(a, [], [xi])).toEqual(new Set());
    expect(names.confirms(xi)).toBe(false);
    const full = mention(1);
    expect(names.update(b, [], [full])).toEqual(new Set([a]));
    expect(names.confirms(xi)).toBe(true);
    expect(names.update(b, [full], [])).toEqual(new Set([a]));
    expect(names.confirms(xi)).toBe(false);
  });

  it('always confirms other mentions', () => {
    expect(new DocumentNames().confirms(mention(3))).toBe(true);
  });

  it('names nothing again for a second name or a rescan that keeps it', () => {
    const names = new DocumentNames();
    names.update(a, [], [mention(1, true)]);
    names.update(b, [], [mention(1)]);
    expect(names.update(c, [], [mention(1)])).toEqual(new Set());
    const kept = [mention(1), mention(2)];
    expect(names.update(b, [mention(1)], kept)).toEqual(new Set());
    expect(names.update(c, [mention(1)], [])).toEqual(new Set());
    expect(names.named(1)).toBe(true);
  });

  it('does not report the unit that changed, nor units waiting for other entries', () => {
    const names = new DocumentNames();
    names.update(a, [], [mention(1, true), mention(1)]);
    names.update(b, [], [mention(2, true)]);
    expect(names.update(c, [], [mention(1)])).toEqual(new Set());
    expect(names.update(c, [], [mention(2)])).toEqual(new Set([b]));
  });

  it('forgets a unit whose short forms went away', () => {
    const names = new DocumentNames();
    const xi = mention(1, true);
    names.update(a, [], [xi]);
    names.update(a, [xi], []);
    expect(names.update(b, [], [mention(1)])).toEqual(new Set());
  });
});
