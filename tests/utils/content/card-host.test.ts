import { beforeEach, describe, expect, it } from 'vitest';
import { CardHost, type LostHost } from '../../../utils/content/card-host';
import { QARINA_UI_ATTRIBUTE } from '../../../utils/page/dom-rules';

beforeEach(() => {
  document.documentElement.querySelectorAll('qarina-ui').forEach((el) => el.remove());
});

describe('CardHost', () => {
  it('adds one marked host with an open shadow root holding the styles and the mount', () => {
    const host = new CardHost(document, '.x{}');
    const parts = host.ensure();
    expect(parts.host.parentNode).toBe(document.documentElement);
    expect(parts.host.hasAttribute(QARINA_UI_ATTRIBUTE)).toBe(true);
    expect(parts.shadow.mode).toBe('open');
    expect(parts.shadow.querySelector('style')!.textContent).toContain('.x{}');
    expect(host.ensure()).toBe(parts);
    expect(document.querySelectorAll('qarina-ui')).toHaveLength(1);
  });

  it('is recreated, ready mark included, after the page removes it', () => {
    const host = new CardHost(document, '');
    host.markReady();
    const first = host.ensure();
    first.host.remove();
    expect(host.current).toBeNull();
    const second = host.ensure();
    expect(second.host).not.toBe(first.host);
    expect(second.host.isConnected).toBe(true);
    expect(second.host.hasAttribute('data-ready')).toBe(true);
  });

  it('tells events inside the card from the page’s, and leaves nothing when removed', () => {
    const host = new CardHost(document, '');
    const { mount } = host.ensure();
    const inside = document.createElement('button');
    mount.append(inside);
    const seen: boolean[] = [];
    document.addEventListener('click', (e) => seen.push(host.containsEvent(e)), { once: true });
    inside.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.addEventListener('click', (e) => seen.push(host.containsEvent(e)), { once: true });
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual([true, false]);
    host.remove();
    expect(document.querySelectorAll('qarina-ui')).toHaveLength(0);
  });

  it('tells once when the page removes it, with how long it lived; not when Qarina removes it', async () => {
    const lost: LostHost[] = [];
    const clock = { now: 1000 };
    const host = new CardHost(document, '', { onLost: (l) => lost.push(l), now: () => clock.now });
    const first = host.ensure();
    clock.now = 1250;
    first.host.remove();
    await settle();
    expect(lost).toEqual([{ parts: first, livedMs: 250 }]);
    expect(host.current).toBeNull();
    await settle();
    expect(lost).toHaveLength(1);
    host.ensure();
    host.remove();
    await settle();
    expect(lost).toHaveLength(1);
  });

  it('notices the loss before the observer does, when asked first', () => {
    const lost: LostHost[] = [];
    const host = new CardHost(document, '', { onLost: (l) => lost.push(l) });
    const first = host.ensure();
    first.host.remove();
    const second = host.ensure();
    expect(lost.map((l) => l.parts)).toEqual([first]);
    expect(second.host.isConnected).toBe(true);
  });

  it('keeps watching the host where it moves (into the element that owns the screen)', async () => {
    const lost: LostHost[] = [];
    const host = new CardHost(document, '', { onLost: (l) => lost.push(l) });
    const stage = document.body.appendChild(document.createElement('div'));
    Object.defineProperty(document, 'fullscreenElement', { value: stage, configurable: true });
    try {
      const parts = host.ensure();
      expect(parts.host.parentNode).toBe(stage);
      await settle();
      expect(lost).toEqual([]); // a move is not a loss
      stage.removeChild(parts.host);
      await settle();
      expect(lost.map((l) => l.parts)).toEqual([parts]);
    } finally {
      Object.defineProperty(document, 'fullscreenElement', { value: null, configurable: true });
      stage.remove();
    }
  });
});

/** Lets MutationObserver callbacks run. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
