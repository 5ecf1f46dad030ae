import { describe, expect, it } from 'vitest';
import {
  addTally,
  f1,
  precision,
  recall,
  sameMention,
  scoreMentions,
} from '../../scripts/lib/score-mentions';

const text = 'زار وانغ يي وكازاخستان والصين';
const gold = [
  { id: 'wang-yi', start: 4, end: 11 },
  { id: 'kazakhstan', start: 12, end: 22 },
  { id: 'china', start: 23, end: 29 },
];

describe('scoreMentions', () => {
  it('scores the gold spans themselves 1 / 1', () => {
    const t = scoreMentions(text, gold, gold);
    expect([recall(t), precision(t)]).toEqual([1, 1]);
  });

  it('lowers recall for a miss and precision for a wrong or extra mention', () => {
    const t = scoreMentions(text, gold, [
      gold[0]!,
      { ...gold[1]!, id: 'china' },
      { id: 'x', start: 0, end: 3 },
    ]);
    expect(t).toEqual({ gold: 3, found: 3, correct: 1 });
    expect(recall(t)).toBeCloseTo(1 / 3);
    expect(precision(t)).toBeCloseTo(1 / 3);
  });

  it('counts a mention once, however many gold spans it could match', () => {
    expect(scoreMentions(text, [gold[0]!, gold[0]!], [gold[0]!])).toEqual({
      gold: 2,
      found: 1,
      correct: 1,
    });
  });

  it('scores nothing found as recall 0, precision 1, and sums tallies', () => {
    const t = scoreMentions(text, gold, []);
    expect([recall(t), precision(t)]).toEqual([0, 1]);
    expect(addTally(t, { gold: 1, found: 2, correct: 1 })).toEqual({
      gold: 4,
      found: 2,
      correct: 1,
    });
  });
});

describe('sameMention', () => {
  it('accepts a mention without the Arabic proclitics the gold span includes, and nothing else shorter', () => {
    expect(sameMention(text, gold[1]!, { id: 'kazakhstan', start: 13, end: 22 })).toBe(true);
    expect(sameMention(text, gold[2]!, { id: 'china', start: 24, end: 29 })).toBe(true);
    expect(sameMention(text, gold[2]!, { id: 'china', start: 25, end: 29 })).toBe(false);
    expect(sameMention(text, gold[0]!, { id: 'wang-yi', start: 4, end: 8 })).toBe(false);
    expect(
      sameMention('Wang Yi', { id: 'w', start: 0, end: 7 }, { id: 'w', start: 1, end: 7 }),
    ).toBe(false);
  });
});

describe('f1', () => {
  it('is the harmonic mean of recall and precision, 0 when nothing is right', () => {
    expect(f1({ gold: 4, found: 2, correct: 2 })).toBeCloseTo((2 * 0.5 * 1) / 1.5);
    expect(f1({ gold: 4, found: 2, correct: 0 })).toBe(0);
  });
});
