/**
 * The parts of the scan's DOM walk, each timed alone over the rendered bench page (walk-parts.ts
 * runs them): the floor's TreeWalker, a bare walk over the same nodes from script (firstChild,
 * nextSibling, nodeType, data, localName), the run walk of every unit with and without the
 * rendered test, and the per-element tests alone. Bundled on its own and added to the bench page.
 */
import { isBlock, isNotRendered, isRenderedDefault, isSkipped } from '../../../utils/page/dom-rules';
import { RunWalk } from '../../../utils/page/text-runs';
import { unitsIn } from '../../../utils/page/units';
import { load, render } from './state';

let root: HTMLElement | null = null;

/** The run walk of every unit (enumerated before the clock starts), as the scanner walks them. */
function runWalks(isRendered: (el: Element) => boolean): number {
  const options = { isRendered };
  const units = [...unitsIn(root!, options)];
  const start = performance.now();
  let runs = 0;
  for (const unit of units) {
    const read = !(unit.nodeType === 1 && isNotRendered(unit as Element, options));
    const walk = new RunWalk(unit, options, read);
    walk.step(Infinity);
    runs += walk.runs.length;
  }
  return performance.now() - start + runs * 0;
}

/** A walk over every node below `root` from script: what any walk of the page pays at least. */
function bareWalk(): number {
  const start = performance.now();
  let sum = 0;
  let n: Node | null = root!.firstChild;
  while (n !== null) {
    if (n.nodeType === 3) sum += (n as Text).data.length;
    else if (n.nodeType === 1) {
      sum += (n as Element).localName.length;
      if (n.firstChild !== null) {
        n = n.firstChild;
        continue;
      }
    }
    while (n !== null && n.nextSibling === null) n = n.parentNode === root ? null : n.parentNode;
    if (n !== null) n = n.nextSibling;
  }
  return performance.now() - start + sum * 0;
}

function perElement(test: (el: Element) => boolean): number {
  const elements = [...root!.querySelectorAll('*')];
  const start = performance.now();
  let n = 0;
  for (const el of elements) if (test(el)) n++;
  return performance.now() - start + n * 0;
}

const parts: Record<string, () => number> = {
  floor: () => {
    const start = performance.now();
    const walker = document.createTreeWalker(root!, NodeFilter.SHOW_TEXT);
    let sum = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      sum += (node as Text).data.length;
    return performance.now() - start + sum * 0;
  },
  bare: bareWalk,
  runsUnchecked: () => runWalks(() => true),
  runs: () => runWalks(isRenderedDefault),
  checkVisibility: () => perElement((el) => el.checkVisibility()),
  isSkipped: () => perElement((el) => isSkipped(el)),
  isBlock: () => perElement((el) => isBlock(el)),
};

(window as unknown as { walkParts: unknown }).walkParts = {
  async setUp(page: string): Promise<number> {
    await load('page', page);
    root = render(page);
    return root.querySelectorAll('*').length;
  },
  names: () => Object.keys(parts),
  run: (name: string) => parts[name]!(),
};
