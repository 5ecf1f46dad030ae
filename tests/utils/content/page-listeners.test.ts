import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../../utils/content/card-controller';
import type { CardHost } from '../../../utils/content/card-host';
import { listenToPage } from '../../../utils/content/page-listeners';

/** The page's listeners with a card controller that counts, and frames run by hand. */
function setup() {
  const frames: (() => void)[] = [];
  const cards = { pointerAt: vi.fn(), checkScroll: vi.fn(), pressAt: vi.fn(), escape: vi.fn() };
  const host = { containsEvent: () => false, raise: vi.fn() };
  const controller = new AbortController();
  listenToPage(
    document,
    cards as unknown as CardController,
    host as unknown as CardHost,
    { frame: (callback) => void frames.push(callback) },
    controller.signal,
  );
  const nextFrame = () => frames.splice(0).forEach((run) => run());
  return { cards, nextFrame, controller, frames };
}

/** A trusted-looking pointer move (happy-dom's dispatched events are not trusted). */
function move(x: number, y: number): void {
  const event = new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse' });
  Object.defineProperty(event, 'isTrusted', { value: true });
  document.dispatchEvent(event);
}

let stop: AbortController | null = null;
afterEach(() => stop?.abort());

describe('listenToPage', () => {
  it('hit-tests at most once an animation frame, at the latest pointer position', () => {
    const { cards, nextFrame, controller } = setup();
    stop = controller;
    for (let i = 0; i < 20; i++) move(i, 2 * i);
    expect(cards.pointerAt).not.toHaveBeenCalled(); // nothing within the event itself
    nextFrame();
    expect(cards.pointerAt).toHaveBeenCalledTimes(1);
    expect(cards.pointerAt).toHaveBeenCalledWith(19, 38, false);
    nextFrame(); // no move since: no hit test
    move(5, 5);
    nextFrame();
    expect(cards.pointerAt).toHaveBeenCalledTimes(2);
  });

  it("checks the open card's mention once a frame while scrolling", () => {
    const { cards, nextFrame, controller } = setup();
    stop = controller;
    for (let i = 0; i < 30; i++) document.dispatchEvent(new Event('scroll'));
    expect(cards.checkScroll).not.toHaveBeenCalled(); // was one layout read an event
    nextFrame();
    expect(cards.checkScroll).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new Event('scroll'));
    controller.abort();
    nextFrame();
    expect(cards.checkScroll).toHaveBeenCalledTimes(1); // nothing after the session ends
  });
});
