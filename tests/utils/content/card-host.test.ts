import { beforeEach, describe, expect, it } from 'vitest';
import { CardHost } from '../../../utils/content/card-host';
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
});
