/**
 * Names inside a page mention (issue 15, family 6): China and Kazakhstan inside «China–Kazakhstan
 * relations». The page scanner reports the compound (leftmost-longest); its inner names are found
 * from its text (utils/match/nested.ts, cached per compound text) when something needs them —
 * painting a unit near the viewport, a hit test, the popup's list — and kept per mention object,
 * so the tens of thousands of mentions of a long page cost nothing until then.
 */
import { NAME_LANGUAGES, type NameLanguage } from '../knowledge-base/model';
import type { Matcher } from '../match/matcher';
import { innerSpans, type InnerSpan } from '../match/nested';
import { coveredTextNodes, mentionContains } from './mention-index';
import { PageMention } from './run-mentions';

/** A name inside another mention; `outer` is the page's (outermost) mention containing it. */
export class InnerMention extends PageMention {
  constructor(
    args: ConstructorParameters<typeof PageMention>,
    /** The outermost mention, as the page scanner found it. */
    readonly outer: PageMention,
    /** 1 inside the outer mention, 2 inside a name inside it, and so on. */
    readonly depth: number,
    /** The mention directly containing this one (the outer one or another inner name). */
    readonly parent: PageMention,
  ) {
    super(...args);
  }
}

const NONE: readonly InnerMention[] = [];

/** The names inside each mention, by matcher (a page's mentions come from one matcher). */
const known = new WeakMap<Matcher, WeakMap<PageMention, readonly InnerMention[]>>();

/** The DOM position of offset `at` of a mention's text (across its text nodes). */
function positionIn(
  nodes: readonly Text[],
  first: number,
  at: number,
  end: boolean,
): [Text, number] {
  let offset = first + at;
  for (let i = 0; i < nodes.length; i++) {
    const length = nodes[i]!.data.length;
    // At a boundary between two nodes, an end stays in the earlier node and a start moves on.
    if (offset < length || (end && offset === length) || i === nodes.length - 1)
      return [nodes[i]!, offset];
    offset -= length;
  }
  return [nodes[0]!, first + at];
}

/** The names inside a page mention, outer before inner (empty for most mentions). */
export function innerMentions(mention: PageMention, matcher: Matcher): readonly InnerMention[] {
  if (mention instanceof InnerMention) return NONE; // an inner name's own are listed with its outer
  let byMention = known.get(matcher);
  if (byMention === undefined) known.set(matcher, (byMention = new WeakMap()));
  let list = byMention.get(mention);
  if (list !== undefined) return list;
  const text = mention.text;
  const spans = innerSpans(text, mention.entryIndex, matcher);
  const { patternLang } = matcher.lexicon;
  const name = (s: InnerSpan) =>
    [matcher.entryIds[s.entryIndex]!, NAME_LANGUAGES[patternLang[s.pattern]!]!] as const;
  list = spans.length === 0 ? NONE : buildInnerMentions(mention, spans, name);
  byMention.set(mention, list);
  return list;
}

/**
 * The inner mentions of `mention` from spans of its text (found here, or by the background when
 * it matches: utils/content/remote-finder.ts), each span's entry id and language told by `name`.
 */
export function buildInnerMentions(
  mention: PageMention,
  spans: readonly InnerSpan[],
  name: (span: InnerSpan) => readonly [string, NameLanguage],
): readonly InnerMention[] {
  const text = mention.text;
  const nodes = coveredTextNodes(mention);
  // The mention's text is its nodes' text from its start offset (a hidden node in between, left
  // out of the scanner's run, would shift the offsets: then no inner names rather than wrong ones).
  let joined = '';
  for (const node of nodes) joined += node.data;
  if (joined.slice(mention.startOffset, mention.startOffset + text.length) !== text) return NONE;
  const out: InnerMention[] = [];
  for (const s of spans) {
    const [startNode, startOffset] = positionIn(nodes, mention.startOffset, s.start, false);
    const [endNode, endOffset] = positionIn(nodes, mention.startOffset, s.end, true);
    const [entryId, lang] = name(s);
    const args: ConstructorParameters<typeof PageMention> = [
      startNode,
      startOffset,
      endNode,
      endOffset,
      entryId,
      s.entryIndex,
      lang,
      s.pattern,
      mention.unit,
      startNode === endNode ? null : text.slice(s.start, s.end),
    ];
    out.push(new InnerMention(args, mention, s.depth, s.parent < 0 ? mention : out[s.parent]!));
  }
  return out;
}

/** The names inside a mention found so far (none computed here): to tell they went with it. */
export function knownInnerMentions(
  mention: PageMention,
  matcher: Matcher,
): readonly InnerMention[] {
  return known.get(matcher)?.get(mention) ?? NONE;
}

/**
 * The mentions at a caret position inside `mention` (a mention the index found there): the
 * mention, then the names inside it that contain the position, longest first.
 */
export function mentionsAt(
  mention: PageMention,
  node: Node,
  offset: number,
  matcher: Matcher,
): PageMention[] {
  const at: PageMention[] = [mention];
  for (const inner of innerMentions(mention, matcher))
    if (mentionContains(inner, node, offset)) at.push(inner);
  return at;
}

/** The chain of mentions from the outermost one down to `mention` (itself last). */
export function chainOf(mention: PageMention): PageMention[] {
  let m: PageMention = mention;
  const chain: PageMention[] = [m];
  while (m instanceof InnerMention) chain.unshift((m = m.parent));
  return chain;
}
