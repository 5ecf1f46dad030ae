import { beforeEach, describe, expect, it } from 'vitest';
import { isOpaqueColour, paintsAt } from '../../../utils/hover/paints-at';

/** happy-dom has no layout: each element's box is given by hand (a data-box attribute). */
function boxes(root: Element) {
  for (const e of [root, ...root.querySelectorAll('[data-box]')]) {
    const [left, top, width, height] = (e.getAttribute('data-box') ?? '0 0 0 0')
      .split(' ')
      .map(Number);
    e.getBoundingClientRect = () =>
      ({ left, top, width, height, right: left! + width!, bottom: top! + height! }) as DOMRect;
  }
}

beforeEach(() => {
  document.body.innerHTML = `
    <div id="toasts" data-box="0 0 800 600" style="background: transparent">
      <div id="toast" data-box="600 500 200 100" style="background-color: rgb(30, 30, 30)"></div>
      <div id="clear" data-box="0 0 100 100" style="background-color: rgba(0, 0, 0, 0)"></div>
    </div>
    <div id="tip" data-box="0 0 100 20">A tip</div>
    <div id="faded" data-box="0 0 100 100" style="background: red; opacity: 0"></div>
    <div id="hidden" data-box="0 0 100 100" style="background: red; visibility: hidden">
      <div id="shown-child" data-box="0 0 10 10" style="background: red; visibility: visible"></div>
    </div>`;
  boxes(document.body);
});

const at = (id: string, x: number, y: number) => paintsAt(document.getElementById(id)!, x, y);

describe('paintsAt', () => {
  it('a transparent layer paints only where something inside it has a background', () => {
    expect(at('toasts', 700, 550)).toBe(true);
    expect(at('toasts', 50, 50)).toBe(false);
  });

  it('text of its own paints within its box', () => {
    expect(at('tip', 50, 10)).toBe(true);
    expect(at('tip', 50, 40)).toBe(false);
  });

  it('an invisible element paints nothing, a visible child of a hidden one does', () => {
    expect(at('faded', 50, 50)).toBe(false);
    expect(at('hidden', 50, 50)).toBe(false);
    expect(at('hidden', 5, 5)).toBe(true);
  });

  it('too many elements to look at counts as painting', () => {
    const crowd = document.createElement('div');
    crowd.setAttribute('data-box', '0 0 10 10');
    crowd.innerHTML = '<span data-box="0 0 1 1"></span>'.repeat(100);
    document.body.append(crowd);
    boxes(crowd);
    expect(paintsAt(crowd, 500, 500)).toBe(true);
  });
});

describe('isOpaqueColour', () => {
  it('tells transparent colours from the rest', () => {
    expect(isOpaqueColour('transparent')).toBe(false);
    expect(isOpaqueColour('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isOpaqueColour('rgb(0 0 0 / 0)')).toBe(false);
    expect(isOpaqueColour('rgba(0, 0, 0, 0.1)')).toBe(true);
    expect(isOpaqueColour('rgb(255, 255, 255)')).toBe(true);
    expect(isOpaqueColour('color(srgb 1 0 0)')).toBe(true);
  });
});
