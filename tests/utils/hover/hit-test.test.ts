import { describe, expect, it } from 'vitest';
import { MentionIndex } from '../../../utils/page/mention-index';
import {
  mentionAtPoint,
  rectAt,
  type CaretFinder,
  type RectsOf,
} from '../../../utils/hover/hit-test';
import { chainOf, mentionsAt } from '../../../utils/page/inner-mentions';
import { matcher, mentionsIn } from '../content/mentions-fixture';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height }) as DOMRectReadOnly;

describe('mentionAtPoint', () => {
  const mentions = mentionsIn('<p>Wang Yi met Murat Nurtleu.</p>');
  const index = new MentionIndex();
  index.add(mentions);
  const text = document.querySelector('p')!.firstChild!;
  // Layout stand-in: "Wang Yi" at x 0–60, "Murat Nurtleu" at x 100–210, one line at y 0–20.
  const rects: RectsOf = (m) =>
    m.entryId === 'wang-yi' ? [rect(0, 0, 60, 20)] : [rect(100, 0, 110, 20)];
  const caretAt =
    (offset: number): CaretFinder =>
    () => ({ node: text, offset });

  it('is the mention at the caret when the point is inside its rects', () => {
    const hit = mentionAtPoint(index, document, 30, 10, { caret: caretAt(3), rects });
    expect(hit?.entryId).toBe('wang-yi');
  });

  it('is nothing when the caret snapped to a mention but the point is beside it', () => {
    // Past the end of the line: the caret snaps to the last character of "Murat Nurtleu".
    expect(mentionAtPoint(index, document, 400, 10, { caret: caretAt(26), rects })).toBeNull();
    // Below the line.
    expect(mentionAtPoint(index, document, 30, 40, { caret: caretAt(3), rects })).toBeNull();
  });

  it('is nothing without a caret or between mentions', () => {
    expect(mentionAtPoint(index, document, 30, 10, { caret: () => null, rects })).toBeNull();
    expect(mentionAtPoint(index, document, 80, 10, { caret: caretAt(9), rects })).toBeNull();
  });

  it('is nothing when the text at the caret is covered (a layer the hit test fell through)', () => {
    const asked: [Node, number, number][] = [];
    const covered = (node: Node, x: number, y: number) => (asked.push([node, x, y]), true);
    expect(
      mentionAtPoint(index, document, 30, 10, { caret: caretAt(3), rects, covered }),
    ).toBeNull();
    expect(asked).toEqual([[text, 30, 10]]);
    // Asked only for a mention under the point, never on every move.
    mentionAtPoint(index, document, 80, 10, { caret: caretAt(9), rects, covered });
    expect(asked).toHaveLength(1);
    const open = () => false;
    expect(
      mentionAtPoint(index, document, 30, 10, { caret: caretAt(3), rects, covered: open })?.entryId,
    ).toBe('wang-yi');
  });

  it('passes the shadow roots holding mentions to the caret finder', () => {
    const roots: ShadowRoot[][] = [];
    mentionAtPoint(index, document, 0, 0, {
      caret: (_d, _x, _y, r) => (roots.push([...r]), null),
      rects,
    });
    expect(roots).toEqual([[]]);
  });
});

describe('mentionAtPoint over names inside names (issue 15, family 6)', () => {
  const mentions = mentionsIn('<p>China–Kazakhstan relations</p>');
  const index = new MentionIndex();
  index.add(mentions);
  const text = document.querySelector('p')!.firstChild!;
  // Layout stand-in: "China" at x 0–50, "Kazakhstan" at x 56–150, the compound at x 0–230.
  const boxes: Record<string, DOMRectReadOnly> = {
    china: rect(0, 0, 50, 20),
    kazakhstan: rect(56, 0, 94, 20),
    'china-kazakhstan-relations': rect(0, 0, 230, 20),
  };
  const rects: RectsOf = (m) => [boxes[m.entryId]!];
  const caretAt =
    (offset: number): CaretFinder =>
    () => ({ node: text, offset });
  const nested = (m: (typeof mentions)[number], node: Node, offset: number) =>
    mentionsAt(m, node, offset, matcher);

  it('is the inner name under the point, whose chain starts with the compound', () => {
    const hit = mentionAtPoint(index, document, 80, 10, { caret: caretAt(8), rects, nested });
    expect(hit?.entryId).toBe('kazakhstan');
    expect(chainOf(hit!).map((m) => m.entryId)).toEqual([
      'china-kazakhstan-relations',
      'kazakhstan',
    ]);
    expect(
      mentionAtPoint(index, document, 20, 10, { caret: caretAt(2), rects, nested })?.entryId,
    ).toBe('china');
  });

  it('is the compound where no inner name is, or without the nested lookup', () => {
    expect(
      mentionAtPoint(index, document, 200, 10, { caret: caretAt(20), rects, nested })?.entryId,
    ).toBe('china-kazakhstan-relations');
    expect(mentionAtPoint(index, document, 80, 10, { caret: caretAt(8), rects })?.entryId).toBe(
      'china-kazakhstan-relations',
    );
  });
});

describe('rectAt', () => {
  it('finds the line box under the point of a mention that wraps, with half a pixel of slop', () => {
    const lines = [rect(300, 0, 100, 20), rect(0, 20, 50, 20)];
    expect(rectAt(lines, 10, 30)).toBe(lines[1]);
    expect(rectAt(lines, 400.4, 10)).toBe(lines[0]);
    expect(rectAt(lines, 100, 10)).toBeUndefined();
  });
});
