/** A scheduler whose clock the test drives (optionally advancing on every read, to force slicing). */
import type { Scheduler } from '../../../utils/page/scheduler';

export class ManualScheduler implements Scheduler {
  time = 0;
  private tasks: { at: number; task: () => void; id: number }[] = [];
  private nextId = 0;

  /** @param tick ms the clock advances on every `now()` (simulates work taking time). */
  constructor(private readonly tick = 0) {}

  now(): number {
    this.time += this.tick;
    return this.time;
  }

  schedule(task: () => void, delayMs = 0): () => void {
    const id = this.nextId++;
    this.tasks.push({ at: this.time + delayMs, task, id });
    return () => {
      this.tasks = this.tasks.filter((t) => t.id !== id);
    };
  }

  get pending(): number {
    return this.tasks.length;
  }

  /** Runs the tasks due by the current time (without advancing the clock to later ones). */
  runDue(): number {
    return this.runAll(100000, this.time);
  }

  /** Runs due tasks (advancing the clock to each) until none is left; returns how many ran. */
  runAll(limit = 100000, until = Infinity): number {
    let ran = 0;
    while (this.tasks.length > 0 && ran < limit) {
      this.tasks.sort((a, b) => a.at - b.at || a.id - b.id);
      if (this.tasks[0]!.at > until) break;
      const next = this.tasks.shift()!;
      this.time = Math.max(this.time, next.at);
      next.task();
      ran++;
    }
    return ran;
  }
}

/** Lets happy-dom deliver pending MutationObserver records. */
export function mutationsDelivered(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
