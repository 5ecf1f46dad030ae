import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TopLayer } from '../../../utils/hover/top-layer';
import { QARINA_UI_ATTRIBUTE } from '../../../utils/page/dom-rules';

/**
 * happy-dom has no top layer and no layout: what is shown and what paints at the point are
 * stand-ins, and the page's toggle events are dispatched by hand, as Chromium fires them.
 */
let shown: Set<Element>;
let painting: Set<Element>;
let layer: TopLayer;
let stop: AbortController;

function toggle(element: Element, newState: 'open' | 'closed') {
  if (newState === 'open') shown.add(element);
  else shown.delete(element);
  element.dispatchEvent(Object.assign(new Event('beforetoggle'), { newState }));
}

const text = (id: string) => document.getElementById(id)!.firstChild!;
const el = (id: string) => document.getElementById(id)!;

beforeEach(() => {
  document.body.innerHTML = `<p id="page">Wang Yi</p>
    <dialog id="dialog"><p id="in-dialog">Murat Nurtleu</p></dialog>
    <div id="popover" popover="manual"><p id="in-popover">Almaty</p></div>
    <div id="stage"><p id="in-stage">United Nations</p></div>`;
  shown = new Set();
  painting = new Set([el('dialog'), el('popover'), el('stage')]);
  layer = new TopLayer(document, {
    shown: (e) => shown.has(e),
    paints: (e) => painting.has(e),
  });
  stop = new AbortController();
  layer.watch(stop.signal);
});
afterEach(() => stop.abort());

describe('TopLayer.covers', () => {
  it('covers nothing while nothing is shown', () => {
    expect(layer.covers(text('page'), 10, 10)).toBe(false);
  });

  it('a popover shown after a modal dialog covers the dialog’s text, not its own', () => {
    toggle(el('dialog'), 'open');
    toggle(el('popover'), 'open');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(true);
    expect(layer.covers(text('in-popover'), 10, 10)).toBe(false);
  });

  it('a popover shown before the dialog is under it', () => {
    toggle(el('popover'), 'open');
    toggle(el('dialog'), 'open');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
  });

  it('covers only where the element paints', () => {
    toggle(el('dialog'), 'open');
    toggle(el('popover'), 'open');
    painting.delete(el('popover')); // say, a transparent toast layer between its toasts
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
  });

  it('a fullscreen element covers everything shown before it, wherever the point', () => {
    toggle(el('dialog'), 'open');
    painting.clear();
    Object.defineProperty(document, 'fullscreenElement', {
      value: el('stage'),
      configurable: true,
    });
    try {
      shown.add(el('stage'));
      document.dispatchEvent(new Event('fullscreenchange'));
      expect(layer.covers(text('in-dialog'), 10, 10)).toBe(true);
      expect(layer.covers(text('in-stage'), 10, 10)).toBe(false);
    } finally {
      Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
    }
  });

  it('forgets an element once hidden, with or without an event', () => {
    toggle(el('dialog'), 'open');
    toggle(el('popover'), 'open');
    toggle(el('popover'), 'closed');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
    toggle(el('popover'), 'open');
    shown.delete(el('popover')); // removed from the page: no event
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
  });

  it('a dialog open before Qarina started is below every element shown since', () => {
    shown.add(el('dialog')); // no event seen
    toggle(el('popover'), 'open');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(true);
    expect(layer.covers(text('page'), 10, 10)).toBe(true);
  });

  it('looks through shadow roots for the layer holding the text', () => {
    const inner = el('dialog').attachShadow({ mode: 'open' });
    inner.innerHTML = '<span>Almaty</span>';
    toggle(el('dialog'), 'open');
    toggle(el('popover'), 'open');
    expect(layer.covers(inner.querySelector('span')!.firstChild!, 10, 10)).toBe(true);
    toggle(el('popover'), 'closed');
    expect(layer.covers(inner.querySelector('span')!.firstChild!, 10, 10)).toBe(false);
  });

  it('ignores Qarina’s own host, and stops listening when aborted', () => {
    const host = document.createElement('qarina-ui');
    host.setAttribute(QARINA_UI_ATTRIBUTE, '');
    painting.add(host);
    document.documentElement.append(host);
    toggle(el('dialog'), 'open');
    toggle(host, 'open');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
    stop.abort();
    toggle(el('popover'), 'open');
    expect(layer.covers(text('in-dialog'), 10, 10)).toBe(false);
    host.remove();
  });
});
