import { describe, expect, it } from 'vitest';
import { cardAtTime, type TimedFact } from '../../../utils/card-time/card-time';
import {
  ADMIN,
  ASSISTANT_NOW,
  BIRTH,
  DIALOGUE,
  MINISTER,
  NURTLEU,
  RELIEVED,
  type FixtureFact,
} from './fixtures';

const names = (facts: readonly FixtureFact[]) => facts.map((f) => f.name);
const since = (facts: readonly FixtureFact[], date: string) =>
  cardAtTime(facts, { date })!.since.map((group) => ({
    date: group.date,
    changes: group.changes.map((c) => `${c.kind} ${c.fact.name}`),
  }));

describe('cardAtTime on the April 2025 dispatch (27 April 2025)', () => {
  const card = cardAtTime(NURTLEU, { date: '2025-04-27' })!;

  it('names the role that held then', () => {
    expect(names(card.roles)).toEqual(['minister']);
  });

  it('lists what changed since, newest first: the post left, the new one', () => {
    expect(since(NURTLEU, '2025-04-27')).toEqual([
      { date: '2025-09-26', changes: ['ended minister', 'began assistant'] },
    ]);
  });

  it('puts the facts that held then first, each group in the entry’s order', () => {
    expect(names(card.facts)).toEqual([
      'minister',
      'dialogue',
      'birth',
      'admin',
      'relieved',
      'assistant',
    ]);
    expect(card.heldThen.has(DIALOGUE)).toBe(true);
    expect(card.heldThen.has(BIRTH)).toBe(false);
  });
});

describe('cardAtTime on a page of 2022', () => {
  it('names the role he held then, and every change after it, newest first', () => {
    const card = cardAtTime(NURTLEU, { date: '2022-06-15' })!;
    expect(names(card.roles)).toEqual(['admin']);
    expect(since(NURTLEU, '2022-06-15')).toEqual([
      { date: '2025-09-26', changes: ['ended minister', 'began assistant'] },
      { date: '2025-04', changes: ['event dialogue'] },
      { date: '2023-04', changes: ['ended admin', 'began minister'] },
    ]);
  });

  it('at year precision, a role of that year held then', () => {
    expect(names(cardAtTime(NURTLEU, { date: '2022' })!.roles)).toEqual(['admin']);
  });
});

describe('precision edge cases', () => {
  const ENDS_MID_APRIL: FixtureFact = { ...MINISTER, name: 'mid-april', until: '2025-04-15' };

  it('a page dated 2025-04 was perhaps written while a role ending 2025-04-15 held: held, and its end listed', () => {
    const card = cardAtTime([ENDS_MID_APRIL], { date: '2025-04' })!;
    expect(names(card.roles)).toEqual(['mid-april']);
    expect(since([ENDS_MID_APRIL], '2025-04')).toEqual([
      { date: '2025-04-15', changes: ['ended mid-april'] },
    ]);
  });

  it('a page of 16 April 2025 comes after that end: not held, nothing since', () => {
    const card = cardAtTime([ENDS_MID_APRIL], { date: '2025-04-16' })!;
    expect(card.roles).toEqual([]);
    expect(card.since).toEqual([]);
  });

  it('a page of 15 April 2025, the day the role ended: held that day, its end listed', () => {
    expect(names(cardAtTime([ENDS_MID_APRIL], { date: '2025-04-15' })!.roles)).toEqual([
      'mid-april',
    ]);
  });

  it('a role ending at month precision (2025-04) holds on 27 April 2025', () => {
    const monthEnd: FixtureFact = { ...MINISTER, name: 'month-end', until: '2025-04' };
    expect(names(cardAtTime([monthEnd], { date: '2025-04-27' })!.roles)).toEqual(['month-end']);
    expect(since([monthEnd], '2025-04-27')).toEqual([
      { date: '2025-04', changes: ['ended month-end'] },
    ]);
  });

  it('an event of April 2025 is not "since" a page of 27 April 2025, nor of April 2025', () => {
    expect(since([DIALOGUE], '2025-04-27')).toEqual([]);
    expect(since([DIALOGUE], '2025-04')).toEqual([]);
    expect(since([DIALOGUE], '2025-03-31')).toEqual([
      { date: '2025-04', changes: ['event dialogue'] },
    ]);
  });

  it('on a page of April 2023, the month one post ended and the next began, both held', () => {
    expect(names(cardAtTime(NURTLEU, { date: '2023-04' })!.roles)).toEqual(['admin', 'minister']);
  });

  it('a role beginning later in the page’s year counts as held at year precision', () => {
    expect(names(cardAtTime([ASSISTANT_NOW], { date: '2025' })!.roles)).toEqual(['assistant']);
    expect(cardAtTime([ASSISTANT_NOW], { date: '2025' })!.since).toEqual([]);
  });

  it('a day precise change sorts before its month (newest first)', () => {
    const facts: FixtureFact[] = [
      { name: 'month', on: '2025-09' },
      { name: 'day', on: '2025-09-26' },
      { name: 'year', on: '2026' },
    ];
    expect(since(facts, '2025-01-01').map((g) => g.date)).toEqual([
      '2026',
      '2025-09',
      '2025-09-26',
    ]);
  });
});

describe('nothing changed, or no date', () => {
  it('a page dated after every change has nothing since', () => {
    const card = cardAtTime(NURTLEU, { date: '2026-01-10' })!;
    expect(card.since).toEqual([]);
    expect(names(card.roles)).toEqual(['assistant']);
  });

  it('refuses a date that is no date', () => {
    expect(cardAtTime(NURTLEU, { date: '2025-02-30' })).toBeNull();
    expect(cardAtTime(NURTLEU, { date: 'yesterday' })).toBeNull();
  });

  it('timeless facts held then; facts with unreadable dates are never held nor changes', () => {
    const timeless: FixtureFact = { name: 'timeless', timeless: true };
    const broken: FixtureFact = { name: 'broken', from: '2025-02-30' };
    const card = cardAtTime([broken, timeless], { date: '2025-04-27' })!;
    expect(names(card.facts)).toEqual(['timeless', 'broken']);
    expect(card.since).toEqual([]);
  });

  it('a period without a role that began after the page is an event at its start', () => {
    const treaty: FixtureFact = { name: 'treaty', from: '2025-06', until: '2025-08' };
    expect(since([treaty], '2025-04-27')).toEqual([{ date: '2025-06', changes: ['event treaty'] }]);
  });

  it('events on the day of a role change are left to the role change', () => {
    expect(since([RELIEVED, MINISTER, ASSISTANT_NOW], '2025-04-27')).toEqual([
      { date: '2025-09-26', changes: ['ended minister', 'began assistant'] },
    ]);
    expect(since([RELIEVED], '2025-04-27')).toEqual([
      { date: '2025-09-26', changes: ['event relieved'] },
    ]);
  });

  it('accepts any fact type with the time fields', () => {
    const facts: TimedFact[] = [ADMIN];
    expect(cardAtTime(facts, { date: '2022-06' })!.roles).toEqual([ADMIN]);
  });
});
