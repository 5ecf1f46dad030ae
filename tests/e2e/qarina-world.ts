/**
 * A probe in Qarina's own world (the content script's isolated world, reached over CDP) that
 * counts what the page cannot see: the elements its IntersectionObservers watch, and its caret
 * hit tests in each animation frame. Installed when the world is created, before the content
 * script has its settings and lexicon (both asked asynchronously), so before it observes or
 * hit-tests anything; `observers` > 0 shows the probe was in place when the session began.
 * And `qarinaWorld`: expressions evaluated in that world (what a content script sees there).
 */
import type { CDPSession, Page } from '@playwright/test';

export interface ProbeCounts {
  /** IntersectionObservers created since the probe was installed. */
  observers: number;
  /** Elements watched now, and every observe() call. */
  watched: number;
  observeCalls: number;
  /** Caret hit tests, animation frames seen, and the most hit tests in one frame. */
  hitTests: number;
  frames: number;
  mostInOneFrame: number;
}

const INSTALL = `(() => {
  if (globalThis.__qarinaProbe) return;
  const p = (globalThis.__qarinaProbe = { observers: 0, watched: new Set(), observeCalls: 0,
    hitTests: 0, frames: 0, byFrame: new Map() });
  const Native = globalThis.IntersectionObserver;
  globalThis.IntersectionObserver = class extends Native {
    constructor(...args) { super(...args); p.observers++; }
  };
  const proto = Native.prototype;
  const { observe, unobserve, disconnect } = proto;
  proto.observe = function (t) { p.observeCalls++; p.watched.add(t); return observe.call(this, t); };
  proto.unobserve = function (t) { p.watched.delete(t); return unobserve.call(this, t); };
  proto.disconnect = function () { p.watched.clear(); return disconnect.call(this); };
  // Bucketed by the frame's time: every animation-frame callback of a frame sees the same one.
  const count = () => {
    const at = document.timeline.currentTime;
    p.byFrame.set(at, (p.byFrame.get(at) ?? 0) + 1);
    p.hitTests++;
  };
  for (const name of ['caretPositionFromPoint', 'caretRangeFromPoint']) {
    const native = Document.prototype[name];
    if (typeof native === 'function')
      Document.prototype[name] = function (...a) { count(); return native.apply(this, a); };
  }
  const tick = () => { p.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

const READ = `(() => {
  const p = globalThis.__qarinaProbe;
  return JSON.stringify({ observers: p.observers, watched: p.watched.size,
    observeCalls: p.observeCalls, hitTests: p.hitTests, frames: p.frames,
    mostInOneFrame: Math.max(0, ...p.byFrame.values()) });
})()`;

const RESET_HITS = `(() => { const p = globalThis.__qarinaProbe; p.hitTests = 0; p.byFrame.clear(); p.frames = 0; })()`;

export interface QarinaWorld {
  counts(): Promise<ProbeCounts>;
  resetHitTests(): Promise<void>;
}

/** Watches `page` for the extension's world and installs the probe in it. Call before goto. */
export async function probeQarinaWorld(page: Page, extensionId: string): Promise<QarinaWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let contextId: number | null = null;
  let installed: Promise<unknown> = Promise.resolve();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (!context.origin.startsWith(`chrome-extension://${extensionId}`)) return;
    const aux = context.auxData as { isDefault?: boolean; frameId?: string } | undefined;
    if (aux?.isDefault) return;
    contextId = context.id;
    installed = cdp.send('Runtime.evaluate', { expression: INSTALL, contextId: context.id });
  });
  await cdp.send('Runtime.enable');
  const run = async (expression: string) => {
    await installed;
    if (contextId === null) throw new Error("Qarina's world was not created in this page");
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
    return result.value as string;
  };
  return {
    counts: async () => JSON.parse(await run(READ)) as ProbeCounts,
    resetHitTests: async () => void (await run(RESET_HITS)),
  };
}

/**
 * Evaluates expressions in Qarina's world of `page` (the content script's isolated world), over
 * CDP: promises awaited, values returned by value, an exception thrown here. Call before goto.
 */
export async function qarinaWorld(
  page: Page,
  extensionId: string,
): Promise<(expression: string) => Promise<unknown>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let contextId: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { isDefault?: boolean } | undefined;
    if (context.origin.startsWith(`chrome-extension://${extensionId}`) && !aux?.isDefault)
      contextId = context.id;
  });
  await cdp.send('Runtime.enable');
  return async (expression) => {
    if (contextId === undefined) throw new Error("Qarina's world was not created in this page");
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  };
}
