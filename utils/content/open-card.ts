/**
 * What the hover card needs to know of a mention to open on it: which entry, its text, its
 * direction, and an anchor the positioning library can follow (a live range over the mention).
 */
import type { OpenCard } from './card-renderer';
import type { OpenReason } from '../hover/hover-intent';
import { chainOf } from '../page/inner-mentions';
import type { PageMention } from '../page/run-mentions';

/** Whether two mention objects are the same mention (a rescan rebuilds the objects). */
export const sameMention = (a: PageMention, b: PageMention): boolean =>
  a === b ||
  (a.entryId === b.entryId && a.startNode === b.startNode && a.startOffset === b.startOffset);

/** The card to open on a mention; `point` (the pointer) picks the line of a mention that wraps. */
export function openCardFor(
  at: PageMention,
  reason: OpenReason,
  serial: number,
  point?: { x: number; y: number },
): OpenCard {
  // A name inside a name (issue 15): the card lists the chain from the outermost mention down
  // to it, longest first, expanded on the outermost, and stands by the outermost's text.
  const chain = chainOf(at);
  const mention = chain[0]!;
  const range = mention.toRange(); // live: the card follows the text as the page moves
  const parent = mention.startNode.parentElement;
  const view = mention.startNode.ownerDocument.defaultView;
  const dir = parent && view?.getComputedStyle(parent).direction === 'rtl' ? 'rtl' : 'ltr';
  return {
    serial,
    entryId: mention.entryId,
    surface: mention.text,
    ...(chain.length > 1 && {
      entries: chain.map((m) => ({ entryId: m.entryId, surface: m.text })),
    }),
    dir,
    focus: reason === 'keyboard',
    anchor: {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: parent ?? undefined,
      point: reason === 'hover' || reason === 'click' ? point : undefined,
    },
  };
}
