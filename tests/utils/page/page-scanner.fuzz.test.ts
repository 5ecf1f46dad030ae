/**
 * Fuzz (fast-check): random DOM trees under random mutation sequences. After every batch of
 * mutations the incremental PageScanner, run to completion, must hold exactly the mentions a
 * fresh full scan (`scanRoot`) of the final page finds — same entries, same text nodes, same
 * offsets — and nothing may throw.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { PageScanner, type MentionChange } from '../../../utils/page/page-scanner';
import { scanRoot, type PageMention } from '../../../utils/page/run-mentions';
import { testMatcher as matcher } from '../match/lexicon-fixture';
import { ManualScheduler, mutationsDelivered } from './manual-scheduler';

// Names of the synthetic lexicon (some split across inline elements by the tree), and filler.
const WORDS = ['China', 'Kazakhstan', 'Wang', 'Yi', 'UN', 'SCO', 'Shanghai', 'الصين', 'وانغ', 'يي', 'and', 'the', 'in'];
const textArb = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(' ', '', ', ', '\n')), { maxLength: 5 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

const oneIn = (n: number) => fc.nat(n - 1).map((k) => k === 0);

const TAGS = ['p', 'div', 'section', 'span', 'b', 'i', 'a', 'br', 'li', 'textarea', 'script', 'x-inline', 'x-shadow'] as const;
type Tree = { text: string } | { tag: string; hidden: boolean; editable: boolean; children: Tree[] };

const { tree: treeArb } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: textArb }),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      hidden: oneIn(6),
      editable: oneIn(8),
      children: fc.array(tie('tree'), { maxLength: 4 }),
    }),
  ),
}));

function build(tree: Tree): Node {
  if ('text' in tree) return document.createTextNode(tree.text);
  const el = document.createElement(tree.tag);
  if (tree.hidden) el.setAttribute('hidden', '');
  if (tree.editable) el.setAttribute('contenteditable', 'true');
  // x-shadow: its children go into an open shadow root (a unit of its own).
  const parent = tree.tag === 'x-shadow' ? el.attachShadow({ mode: 'open' }) : el;
  if (tree.tag !== 'br') for (const child of tree.children) parent.append(build(child));
  return el;
}

/** A mutation, addressing nodes by their index among the body's descendants (modulo their count). */
type Mutation =
  | { kind: 'text'; at: number; text: string }
  | { kind: 'insert'; at: number; tree: Tree }
  | { kind: 'remove'; at: number }
  | { kind: 'toggle'; at: number; attr: 'hidden' | 'contenteditable' }
  | { kind: 'move'; at: number; to: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: textArb }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), tree: treeArb }),
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('toggle' as const), at: fc.nat(), attr: fc.constantFrom('hidden' as const, 'contenteditable' as const) }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() }),
);

function descendants(kind: 'node' | 'element'): Node[] {
  const all: Node[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (kind === 'node' || c.nodeType === 1) all.push(c);
      walk(c);
      if (c.nodeType === 1 && (c as Element).shadowRoot) walk((c as Element).shadowRoot!);
    }
  };
  walk(document.body);
  return all;
}

/** `outer` contains `inner`, across shadow roots (a host must not move into its own shadow tree). */
function containsComposed(outer: Node, inner: Node): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) if (n === outer) return true;
  return false;
}

function apply(m: Mutation): void {
  const nodes = descendants(m.kind === 'text' ? 'node' : 'element');
  const pick = (i: number) => (nodes.length > 0 ? nodes[i % nodes.length]! : null);
  const target = pick(m.at);
  switch (m.kind) {
    case 'text': {
      const texts = nodes.filter((n) => n.nodeType === 3) as Text[];
      if (texts.length > 0) texts[m.at % texts.length]!.data = m.text;
      return;
    }
    case 'insert':
      (target ?? document.body).appendChild(build(m.tree));
      return;
    case 'remove':
      (target as Element | null)?.remove();
      return;
    case 'toggle':
      (target as Element | null)?.toggleAttribute(m.attr);
      return;
    case 'move': {
      const to = pick(m.to);
      if (target && to && !containsComposed(target, to)) to.appendChild(target);
    }
  }
}

/** A comparable key per mention: entry, text node (by position in the page), offsets. */
function keys(mentions: PageMention[]): string[] {
  const index = new Map(descendants('node').map((n, i) => [n, i]));
  return mentions
    .map((m) => `${m.entryId} ${index.get(m.startNode)}:${m.startOffset} ${index.get(m.endNode)}:${m.endOffset} ${m.text}`)
    .sort();
}

let scanner: PageScanner | undefined;
afterEach(() => scanner?.stop());

describe('PageScanner under random pages and mutations (fast-check)', () => {
  it('always ends with the mentions a fresh full scan of the final page finds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(treeArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(mutationArb, { minLength: 1, maxLength: 4 }), { maxLength: 4 }),
        async (trees, batches) => {
          scanner?.stop();
          document.body.replaceChildren(...trees.map(build));
          await mutationsDelivered(); // the records of building the page go to no one
          const scheduler = new ManualScheduler(0.5);
          const changes: MentionChange[] = [];
          scanner = new PageScanner(document, { matcher, scheduler, onMentions: (c) => changes.push(c), isRendered: () => true, order: (u) => u });
          scanner.start();
          scheduler.runAll();
          expect(keys(scanner.mentions)).toEqual(keys(scanRoot(document, matcher)));
          for (const batch of batches) {
            batch.forEach(apply);
            await mutationsDelivered();
            scheduler.time += 1000; // past every unit's cooldown
            scheduler.runAll();
            expect(scanner.idle).toBe(true);
            expect(keys(scanner.mentions)).toEqual(keys(scanRoot(document, matcher)));
          }
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
