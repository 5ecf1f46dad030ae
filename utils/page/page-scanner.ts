/**
 * The page scanner: finds the mentions of a whole page and keeps them current as the page
 * changes, in short time slices, visible text first.
 *
 * The page is split into units (blocks, shadow roots, frame roots: see units.ts). The first
 * scan enumerates every unit; afterwards a MutationObserver marks only the units whose text
 * changed (and the units inside added subtrees) as dirty, so unchanged text is never rescanned.
 * Dirty units are coalesced in a set and a unit changing again within `cooldownMs` of its last
 * scan waits, as do a parent's added elements (added-units.ts), so a mutation storm (a ticker,
 * an animation rewriting text) costs a bounded amount of work per second.
 */
import { isNotRendered, isRenderedDefault, type WalkOptions } from './dom-rules';
import { applyMutationRecords, observeOnce, revealHidden } from './mutation-records';
import type { MutationEffects } from './mutation-records';
import { UnitMentions, type PageMention } from './unit-mentions';
import { defaultScheduler, type Scheduler } from './scheduler';
import { NextSlice, NODE_WORK, SliceBudget, UNCOUNTED } from './slices';
import { RunWalk, type TextRun } from './text-runs';
import { emptyStats, type ScanStats } from './unit-job';
import { localFinder, type MentionFinder, type SteppedJob } from './mention-finder';
import { ENUMERATION_BATCH, unitOf, unitSteps } from './units';
import { visibleFirst } from './visible-first';
import { takeDueUnit } from './due-units';
import { AddedUnits, unscanned } from './added-units';
import type { MentionChange, PageScannerOptions } from './scanner-options';

export type { MentionChange, PageScannerOptions };

/** Scans a document (or a subtree) for mentions, incrementally. */
export class PageScanner {
  /** Work counters (units, runs and characters scanned…). */
  readonly stats: ScanStats = emptyStats();
  private readonly registry = new Map<Node, UnitMentions>();
  private readonly dirty = new Set<Node>();
  /** The first scan's units in scan order (an array: thousands, taken one by one). */
  private queue: Node[] = [];
  private queueAt = 0;
  /** Nodes found free of skipped regions during the current slice (the DOM cannot change in one). */
  private readonly clean = new Set<Node>();
  private readonly lastScan = new WeakMap<Node, number>();
  private readonly hidden = new Set<Element>();
  private readonly observed = new WeakSet<Node>();
  private readonly enumerations: Generator<Node | null>[] = [];
  private firstUnits: Node[] | null = null;
  private job: SteppedJob | null = null;
  /** The unit whose runs are being collected, by the one walk restarted a unit (text-runs.ts). */
  private walking: RunWalk | null = null;
  private walker: RunWalk | null = null;
  /** Units whose mentions a remote finder is finding, with the answer each awaits. */
  private readonly awaiting = new Map<Node, Promise<UnitMentions | null>>();
  private readonly finder: MentionFinder;
  private observer: MutationObserver | null = null;
  private readonly nextSlice: NextSlice;
  private needsSweep = false;
  private recheckHidden = false;
  private readonly scheduler: Scheduler;
  private readonly budget: SliceBudget;
  private readonly walk: WalkOptions;
  private readonly added: AddedUnits;

  constructor(
    private readonly root: Document | Element | ShadowRoot,
    private readonly options: PageScannerOptions,
  ) {
    this.scheduler = options.scheduler ?? defaultScheduler;
    this.budget = new SliceBudget(options.sliceMs, options.inputPending, options.clockWork);
    this.nextSlice = new NextSlice(this.scheduler, () => this.slice());
    if (!options.finder && !options.matcher) throw new Error('a matcher or a finder is needed');
    this.finder = options.finder ?? localFinder(options.matcher!);
    this.walk = {
      isRendered: options.isRendered ?? isRenderedDefault,
      onHidden: (el) => this.hidden.add(el),
    };
    this.added = new AddedUnits(options.cooldownMs ?? 250, (node, onlyNew) => {
      const steps = unitSteps(node, this.walk);
      this.enumerations.push(onlyNew ? unscanned(steps, this.lastScan) : steps);
    });
  }

  /** Starts the first scan and watches the page for changes. */
  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.onRecords(records));
    observeOnce(this.observer, this.observed, this.root);
    // Showing a popover changes no attribute the observer could see; its toggle event tells.
    this.root.addEventListener('toggle', this.onToggle, { capture: true });
    this.firstUnits = [];
    this.enumerations.push(unitSteps(this.root, this.walk));
    this.wake();
  }

  /** Stops watching and cancels pending work (mentions found so far stay in `mentions`). */
  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.root.removeEventListener('toggle', this.onToggle, { capture: true });
    this.nextSlice.stop();
    this.enumerations.length = 0;
    this.dirty.clear();
    this.added.clear();
    this.queue.length = this.queueAt = 0;
    this.job = this.walking = null;
    this.awaiting.clear(); // late answers are dropped
  }

  /** All current mentions (each made: for tests and one-off lists). */
  get mentions(): PageMention[] {
    return [...this.registry.values()].flatMap((record) => record.list());
  }

  /** True when no work is pending (the page is fully scanned, every answer in). */
  get idle(): boolean {
    return !this.nextSlice.pending && !this.hasWork() && this.awaiting.size === 0;
  }

  private hasWork(): boolean {
    return (
      this.enumerations.length > 0 ||
      this.job !== null ||
      this.walking !== null ||
      this.queueAt < this.queue.length ||
      this.dirty.size > 0 ||
      this.needsSweep ||
      this.added.pending ||
      this.recheckHidden
    );
  }

  /** Schedules a slice in `delayMs`, or sooner than an already scheduled one. */
  private wake(delayMs = 0): void {
    if (this.observer) this.nextSlice.in(delayMs);
  }

  /** One time slice of work. */
  private slice(): void {
    const { scheduler, budget } = this;
    budget.start(scheduler.now());
    this.stats.slices++;
    this.clean.clear();
    let coolingUntil = -1;
    let now = scheduler.now(); // read again once a few steps' work adds up (slices.ts: spent)
    for (let work = 0; !budget.over(now); now = budget.spent(work) ? scheduler.now() : now) {
      work = UNCOUNTED;
      if (this.enumerations.length > 0) this.enumerateSome();
      else if (this.job) work = this.stepJob();
      else if (this.walking) work = this.walkSome();
      else if (this.needsSweep) this.sweep();
      else if (this.recheckHidden) {
        this.recheckHidden = false; // elements skipped as not rendered: rescan those rendered now
        revealHidden(this.hidden, this.walk.isRendered!, (el) => this.changed(el, true));
      } else if (!this.added.enumerateDue(now)) {
        const next = this.added.sooner(
          this.nextQueued() ?? takeDueUnit(this.dirty, this.lastScan, this.added.cooldownMs, now),
        );
        if (typeof next === 'number') {
          coolingUntil = next; // all scanned (or parents enumerated) moments ago: back when one is due
          break;
        }
        if (next === null) break;
        work = this.startJob(next, now);
      }
    }
    if (coolingUntil >= 0) this.wake(Math.max(0, coolingUntil - scheduler.now()));
    else if (this.hasWork()) this.wake();
  }

  /** Enumerates a few units (a unit takes well under a microsecond: no clock read for each). */
  private enumerateSome(): void {
    const generator = this.enumerations[0]!;
    for (let i = 0; i < ENUMERATION_BATCH; i++) {
      const next = generator.next();
      if (next.done) {
        this.enumerations.shift();
        if (this.enumerations.length === 0 && this.firstUnits) {
          this.queue = (this.options.order ?? visibleFirst)(this.firstUnits);
          this.queueAt = 0;
          this.firstUnits = null;
        }
        return;
      }
      const unit = next.value;
      if (unit === null || !unit.isConnected) continue; // a pause, or an added unit gone since
      if (unit.nodeType === 11 || unit === unit.ownerDocument?.documentElement)
        observeOnce(this.observer!, this.observed, unit);
      if (this.firstUnits) this.firstUnits.push(unit);
      else this.dirty.add(unit);
    }
  }

  /** The first scan's next unit (unless a change already had it scanned), or null. */
  private nextQueued(): Node | null {
    while (this.queueAt < this.queue.length) {
      const unit = this.queue[this.queueAt++]!;
      if (!this.lastScan.has(unit)) return unit;
    }
    this.queue.length = this.queueAt = 0; // done: let the list go
    return null;
  }

  private startJob(unit: Node, now: number): number {
    const gone = !unit.isConnected && !this.registry.has(unit) && !this.awaiting.has(unit);
    if (gone) return 0; // left before its scan, nothing found or awaited: nothing to do (a storm)
    this.lastScan.set(unit, now);
    this.dirty.delete(unit); // a first-scan unit that changed meanwhile: this scan sees the change
    this.stats.unitsScanned++;
    const live = unit.isConnected && unitOf(unit, this.clean) === unit;
    const read = live && (unit.nodeType !== 1 || !isNotRendered(unit as Element, this.walk));
    this.walking = this.walker?.restart(unit, read) ?? new RunWalk(unit, this.walk, read);
    this.walker = this.walking;
    return this.walkSome(); // a paragraph's runs in this step; thousands of inline children take more
  }

  /** Collects the unit's runs (a bounded number of nodes a step), then finds mentions. */
  private walkSome(): number {
    const { unit, runs, visited } = this.walking!;
    const done = this.walking!.step();
    const work = (this.walking!.visited - visited) * NODE_WORK; // slices.ts: a node is no character
    if (!done) return work;
    this.walking = null; // next: a unit of white space, nothing found nor awaited, needs no job
    if (runs.length === 0 && !this.registry.has(unit) && !this.awaiting.has(unit)) return work;
    const job = this.finder.begin(unit, runs, this.options.shortForms === true);
    if (job instanceof Promise) this.await(unit, runs, job);
    else this.job = job;
    return work;
  }

  /** A remote finder's answer for a unit: applied unless a later scan of the unit replaced it. */
  private await(unit: Node, runs: TextRun[], answer: Promise<UnitMentions | null>): void {
    this.stats.runsScanned += runs.length;
    for (const run of runs) this.stats.charsScanned += run.text.length;
    this.awaiting.set(unit, answer);
    const settle = (mentions: UnitMentions | null) => {
      if (this.awaiting.get(unit) !== answer) return;
      this.awaiting.delete(unit);
      if (mentions) this.replace(unit, mentions);
    };
    answer.then(settle, () => settle(null));
  }

  /** Steps the unit's job; returns the work done (characters matched: a window's uncounted). */
  private stepJob(): number {
    const job = this.job!;
    const chars = this.stats.charsScanned;
    const done = job.step(this.stats);
    const work = this.stats.charsScanned - chars || UNCOUNTED;
    if (!done) return work;
    this.job = null;
    this.replace(job.unit, job.mentions); // painted now if near: a range or two a mention
    return work + job.mentions.length * 16;
  }

  private replace(unit: Node, mentions: UnitMentions): void {
    const removed = this.registry.get(unit);
    if (removed === undefined && mentions.length === 0) return; // nothing found, nothing to drop
    mentions.trim(); // complete: kept at its length (unit-mentions.ts)
    if (mentions.length > 0) this.registry.set(unit, mentions);
    else this.registry.delete(unit);
    const dropped = removed ?? new UnitMentions(unit, []); // made only for a unit new to the registry
    this.options.onMentions({ unit, added: mentions, removed: dropped });
  }

  /** Drops the mentions of units that left the page. */
  private sweep(): void {
    this.needsSweep = false;
    for (const unit of [...this.registry.keys()])
      if (unitOf(unit, this.clean) !== unit) this.replace(unit, new UnitMentions(unit, []));
  }

  private readonly onToggle = (): void => {
    if ((this.recheckHidden ||= this.hidden.size > 0)) this.wake();
  };

  private onRecords(records: MutationRecord[]): void {
    this.stats.mutationRecords += records.length;
    this.added.startBatch(this.scheduler.now());
    applyMutationRecords(records, this.effects);
    this.wake();
  }

  private readonly effects: MutationEffects = {
    changed: (node, subtree) => this.changed(node, subtree),
    added: (element, parent) => this.added.add(element, parent, this.lastScan.has(element)),
    needsSweep: () => void (this.needsSweep = true),
    attributesChanged: () => void (this.recheckHidden = this.hidden.size > 0),
  };

  /** Marks the unit of a changed node dirty (and, for a revealed subtree, the units inside it). */
  private changed(node: Node, subtree: boolean): Node | null {
    const unit = unitOf(node);
    if (unit === null) {
      this.needsSweep = true; // it may have left the page, or become skipped
      return null;
    }
    if (!this.lastScan.has(unit) && this.added.waits(unit)) return unit; // found when it is due
    this.dirty.add(unit);
    this.options.onStale?.(unit);
    if (subtree) this.enumerations.push(unitSteps(node, this.walk));
    return unit;
  }
}
