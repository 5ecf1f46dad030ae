import { describe, expect, it } from 'vitest';
import { stamps, tasksOf, type TraceEvent } from '../../scripts/bench/trace-tasks';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const main = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, url?: string): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  ...main,
  ...(url ? { args: { data: { url } } } : {}),
});

describe('trace tasks', () => {
  it("finds the main thread's tasks and the extension's part of each", () => {
    const events: TraceEvent[] = [
      { name: 'thread_name', ph: 'M', ts: 0, ...main, args: { name: 'CrRendererMain' } },
      { name: 'thread_name', ph: 'M', ts: 0, pid: 2, tid: 9, args: { name: 'CrRendererMain' } },
      x('ThreadControllerImpl::RunTask', 0, 100),
      x('FunctionCall', 1, 30, 'http://page/app.js'), // the page's own script
      x('FunctionCall', 40, 20, EXT),
      x('Layout', 45, 10), // forced by the extension's script: inside its 20 ms
      x('ThreadControllerImpl::RunTask', 200, 60),
      x('FireAnimationFrame', 201, 5),
      x('FunctionCall', 202, 3, EXT), // a hit test in a frame callback
      x('IntersectionObserverController::computeIntersections', 210, 40),
      x('ThreadControllerImpl::RunTask', 300, 10),
      x('EventDispatch', 301, 2),
      x('FunctionCall', 301, 1, EXT), // a pointermove listener
      { ...x('ThreadControllerImpl::RunTask', 0, 500), pid: 2, tid: 9 }, // another renderer
      { name: 'TimeStamp', ph: 'I', ts: 250_000, ...main, args: { data: { message: 'hover' } } },
    ];
    for (let i = 0; i < 5; i++) events.push(x('Paint', 400 + i, 1)); // the busiest thread is the page's
    expect(tasksOf(events)).toEqual([
      { start: 0, ms: 100, extensionMs: 20, frameCallbackMs: 0, eventMs: 0 },
      { start: 200, ms: 60, extensionMs: 43, frameCallbackMs: 3, eventMs: 0 },
      { start: 300, ms: 10, extensionMs: 1, frameCallbackMs: 0, eventMs: 1 },
    ]);
    expect(stamps(events).get('hover')).toBe(250);
  });
});
