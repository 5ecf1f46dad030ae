import { describe, expect, it } from 'vitest';
import { defaultScheduler } from '../../../utils/page/scheduler';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('defaultScheduler', () => {
  it('runs a task without delay as a new task, not synchronously', async () => {
    const ran: string[] = [];
    defaultScheduler.schedule(() => ran.push('task'));
    ran.push('sync');
    await tick(20);
    expect(ran).toEqual(['sync', 'task']);
  });

  it('cancels tasks with and without a delay', async () => {
    let ran = 0;
    defaultScheduler.schedule(() => ran++)();
    defaultScheduler.schedule(() => ran++, 5)();
    await tick(30);
    expect(ran).toBe(0);
  });
});
