/**
 * An entry as it stood on a page's date: the roles that held then, its facts with those that held
 * then first, and what changed since, newest first. Pure and zod-free (the content script's card
 * and `npm run kb:card` use it).
 *
 * Dates are as precise as their source, so each is the span of days it can mean (day-span.ts):
 * - a role (or any period fact) held then when its period shares a day with the page's date: a page
 *   dated April 2025 was written while a post that ended on 15 April 2025 was still held, perhaps;
 * - a role held then that has ended is listed under "since then" at its end, even when the end
 *   falls inside the page's date (the reader is told the post was left; the date says when);
 * - a role (or other period) that was not held then and began after the page's date is listed at
 *   its start (and at its end, if it ended too); one that ended before it is not;
 * - a point fact (an event) is listed when it certainly came after the page's date: an event of
 *   April 2025 is not "since" a page of 27 April 2025;
 * - on a date where a role changed, events of the same date are left out of "since then" (the fact
 *   that says it stays in the list of facts): the role change already says it, briefly.
 */
import type { CardLanguage } from '../knowledge-base/model';
import { daySpan, overlaps, type DaySpan } from './day-span';

/** What a role says of itself: a stable id and a short label in each card language. */
export type RoleLabel = { id: string } & Record<CardLanguage, string>;

/** The time fields of a fact (the knowledge base's temporal model: a period, a point or timeless). */
export interface TimedFact {
  from?: string;
  until?: string;
  on?: string;
  timeless?: boolean;
  role?: RoleLabel;
}

/** One change after the page's date. */
export type Change<F extends TimedFact> =
  | { kind: 'ended'; date: string; role: RoleLabel; fact: F }
  | { kind: 'began'; date: string; role: RoleLabel; fact: F }
  /** A point fact, or a period fact without a role that began after the page's date. */
  | { kind: 'event'; date: string; fact: F };

/** The changes of one date (ended roles first, then begun ones, then events). */
export interface ChangesOn<F extends TimedFact> {
  date: string;
  changes: Change<F>[];
}

/** The entry at the page's date. */
export interface CardAtTime<F extends TimedFact> {
  /** The page's date, as precise as the page gave it. */
  date: string;
  /** Role facts that held on that date, in the entry's order. */
  roles: F[];
  /** Every fact: those that held on that date first, each group in the entry's order. */
  facts: F[];
  /** The facts that held on that date (periods sharing a day with it, events of it, timeless ones). */
  heldThen: ReadonlySet<F>;
  /** What changed after it, newest date first. Empty: the entry did not change since. */
  since: ChangesOn<F>[];
}

/** Whether a fact held on the page's date (its period or point shares a day with it). */
function holdsOn(fact: TimedFact, page: DaySpan): boolean {
  if (fact.timeless) return true;
  const point = fact.on !== undefined ? daySpan(fact.on) : null;
  if (point) return overlaps(point, page);
  const period = periodSpan(fact);
  return period !== null && overlaps(period, page);
}

/** A period fact's days: from the first day `from` can mean to the last `until` can (or forever). */
function periodSpan(fact: TimedFact): DaySpan | null {
  if (fact.on !== undefined || fact.from === undefined) return null;
  const from = daySpan(fact.from);
  if (!from) return null;
  if (fact.until === undefined) return { first: from.first, last: Infinity };
  const until = daySpan(fact.until);
  return until ? { first: from.first, last: until.last } : null;
}

const KIND_ORDER = { ended: 0, began: 1, event: 2 } as const;

function changesAfter<F extends TimedFact>(fact: F, page: DaySpan, held: boolean): Change<F>[] {
  const { role } = fact;
  if (fact.on !== undefined) {
    const on = daySpan(fact.on);
    return on && on.first > page.last ? [{ kind: 'event', date: fact.on, fact }] : [];
  }
  const from = daySpan(fact.from);
  if (!from || periodSpan(fact) === null) return [];
  const ended: Change<F>[] =
    role && fact.until !== undefined ? [{ kind: 'ended', date: fact.until, role, fact }] : [];
  if (held) return ended;
  if (from.first <= page.last) return []; // over before the page's date
  const began: Change<F> = role
    ? { kind: 'began', date: fact.from!, role, fact }
    : { kind: 'event', date: fact.from!, fact };
  return [began, ...ended];
}

/** Newest first: the later last day, then the later first day (a day before its month). */
function newestFirst(a: string, b: string): number {
  const x = daySpan(a)!;
  const y = daySpan(b)!;
  return y.last - x.last || y.first - x.first;
}

/**
 * The entry's facts at `at` (the page's date: `2025`, `2025-04` or `2025-04-25`); null when `at`
 * is no valid date.
 */
export function cardAtTime<F extends TimedFact>(
  facts: readonly F[],
  at: { date: string },
): CardAtTime<F> | null {
  const page = daySpan(at.date);
  if (!page) return null;
  const heldThen = new Set(facts.filter((f) => holdsOn(f, page)));
  const byDate = new Map<string, Change<F>[]>();
  for (const fact of facts) {
    for (const change of changesAfter(fact, page, heldThen.has(fact))) {
      const list = byDate.get(change.date) ?? [];
      list.push(change);
      byDate.set(change.date, list);
    }
  }
  const since: ChangesOn<F>[] = [];
  for (const [date, all] of byDate) {
    const roleChanged = all.some((c) => c.kind !== 'event');
    const changes = all
      .filter((c) => !roleChanged || c.kind !== 'event')
      .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    since.push({ date, changes });
  }
  since.sort((a, b) => newestFirst(a.date, b.date));
  return {
    date: at.date,
    roles: facts.filter((f) => f.role !== undefined && heldThen.has(f)),
    facts: [...facts.filter((f) => heldThen.has(f)), ...facts.filter((f) => !heldThen.has(f))],
    heldThen,
    since,
  };
}
