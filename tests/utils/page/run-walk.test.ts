import { beforeEach, describe, expect, it } from 'vitest';
import { RunWalk, TextParts, unitRuns, WALK_STEP_NODES } from '../../../utils/page/text-runs';

/** A block of `count` inline children (issue 20: a hostile page's wide block). */
function wideBlock(count: number): HTMLElement {
  const spans = Array.from({ length: count }, (_, i) => `<span>w${i}</span> `).join('');
  document.body.innerHTML = `<div>${spans}<p>own unit</p><b>after <i>the</i> block</b></div>`;
  return document.querySelector('div')!;
}

/** The runs as plain data (text and nodes' texts), to compare two walks. */
const shape = (walk: { runs: { text: string; nodes: Text[]; offsets: number[] }[] }) =>
  walk.runs.map((r) => ({ text: r.text, nodes: r.nodes.map((n) => n.data), offsets: r.offsets }));

describe('RunWalk (issue 20: a block of 100,000+ inline children, in bounded steps)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('takes one step for a paragraph', () => {
    document.body.innerHTML = '<p>Wang <b>Yi</b> met <a href="#">Murat <i>Nurtleu</i></a>.</p>';
    const walk = new RunWalk(document.querySelector('p')!);
    expect(walk.step()).toBe(true);
    expect(walk.runs.map((r) => r.text)).toEqual(['Wang Yi met Murat Nurtleu.']);
  });

  it('visits at most `limit` nodes a step and resumes where it was, with the same runs', () => {
    const block = wideBlock(3000); // 9,000+ nodes: spans, their text, the spaces between
    const walk = new RunWalk(block);
    let steps = 0;
    for (let before = 0; !walk.step(500); before = walk.visited) {
      expect(walk.visited - before).toBe(500);
      steps++;
    }
    expect(steps).toBeGreaterThan(15);
    expect(shape(walk)).toEqual(shape({ runs: unitRuns(block) }));
    expect(walk.runs.map((r) => r.text.slice(-15))).toEqual(['97 w2998 w2999 ', 'after the block']);
  });

  it('bounds a default step, and a wide block takes several', () => {
    const walk = new RunWalk(wideBlock(5000));
    expect(walk.step()).toBe(false);
    expect(walk.visited).toBe(WALK_STEP_NODES);
    while (!walk.step());
    expect(walk.visited).toBeGreaterThan(3 * WALK_STEP_NODES);
  });

  it('bounds a default step at 1,024 nodes (4,096 took 19–48 ms on a 150,000-span block)', () => {
    const walk = new RunWalk(wideBlock(1000));
    expect(walk.step()).toBe(false);
    expect(walk.visited).toBeLessThanOrEqual(1024);
  });

  it("holds a wide block's text as one part a step, not a piece a node, until its run ends", () => {
    const block = wideBlock(3000);
    const parts: number[] = [];
    const walk = new RunWalk(block);
    const text = (walk as unknown as { text: TextParts }).text;
    while (!walk.step(600)) parts.push(text.parts.length);
    // 9,000+ nodes in steps of 600: one part a step (each joined flat), not thousands of pieces.
    expect(parts).toEqual(parts.map((_, i) => i + 1));
    expect(shape(walk)).toEqual(shape({ runs: unitRuns(block) }));
  });

  it('joins appended pieces a part a step, and the whole once', () => {
    const parts = new TextParts();
    for (let step = 0; step < 3; step++) {
      for (let i = 0; i < 1000; i++) parts.append(`${step}.${i} `);
      parts.seal();
    }
    parts.seal(); // nothing new: no empty part
    expect(parts.parts.map((p) => p.length)).toEqual([5890, 5890, 5890]);
    expect(parts.length).toBe(3 * 5890);
    const whole = Array.from({ length: 3000 }, (_, k) => `${Math.floor(k / 1000)}.${k % 1000} `);
    expect(parts.take()).toBe(whole.join(''));
    expect([parts.parts.length, parts.length, parts.take()]).toEqual([0, 0, '']);
  });

  it('ends with what it has when the node it resumes at was moved out of the unit', () => {
    const block = wideBlock(300);
    const walk = new RunWalk(block);
    expect(walk.step(9)).toBe(false); // w0 … w2 and the spaces: the next node is the 4th span
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    // Everything after the first three spans moves out: the walk must not follow it there.
    while (block.childNodes.length > 6) elsewhere.append(block.childNodes[6]!);
    expect(walk.step(10_000)).toBe(true);
    expect(walk.runs.map((r) => r.text)).toEqual(['w0 w1 w2 ']);
    expect(walk.step()).toBe(true); // done stays done
  });

  it('ends when an element it is inside was moved out between steps', () => {
    document.body.innerHTML =
      '<div><b>one <i>two three four</i> five</b> six</div><span>not this unit</span>';
    const block = document.querySelector('div')!;
    const walk = new RunWalk(block);
    expect(walk.step(4)).toBe(false); // inside <i>
    document.querySelector('span')!.before(block.querySelector('b')!);
    expect(walk.step(100)).toBe(true);
    // It finishes the element it is in, and stops where that element no longer is in the unit.
    expect(walk.runs.map((r) => r.text)).toEqual(['one two three four five']);
  });

  it('collects nothing from a unit it is told not to read', () => {
    const walk = new RunWalk(wideBlock(10), {}, false);
    expect(walk.step()).toBe(true);
    expect(walk.runs).toEqual([]);
  });

  it('restarts on another unit with a new runs list, dropping what an unfinished walk held', () => {
    const block = wideBlock(3000);
    const walk = new RunWalk(block);
    expect(walk.step(700)).toBe(false); // mid-run: parents entered, pieces and parts held
    const first = walk.runs;
    document.body.insertAdjacentHTML('beforeend', '<p>Wang <b>Yi</b> met <i>Murat</i>.</p>');
    const p = document.querySelector('body > p')!;
    expect(walk.restart(p)).toBe(walk); // the same walk, its arrays reused
    expect(walk.step()).toBe(true);
    expect(walk.unit).toBe(p);
    expect(walk.runs).not.toBe(first);
    expect(shape(walk)).toEqual(shape({ runs: unitRuns(p) }));
    expect(walk.restart(block).step(Infinity)).toBe(true); // and back: the whole block again
    expect(shape(walk)).toEqual(shape({ runs: unitRuns(block) }));
    expect(walk.restart(block, false).step()).toBe(true);
    expect(walk.runs).toEqual([]);
  });
});
