import { describe, expect, it } from 'vitest';
import { END_SLACK_PX, hasMoreBelow, moreStep } from '../../../components/card/use-more-below';

describe('hasMoreBelow', () => {
  const box = { clientHeight: 300, scrollHeight: 900 };

  it('is true while more than the slack lies below', () => {
    expect(hasMoreBelow({ ...box, scrollTop: 0 })).toBe(true);
    expect(hasMoreBelow({ ...box, scrollTop: 600 - END_SLACK_PX - 0.5 })).toBe(true);
  });

  it('is false at the end, and a sub-pixel short of it (rounded heights)', () => {
    expect(hasMoreBelow({ ...box, scrollTop: 600 })).toBe(false);
    expect(hasMoreBelow({ ...box, scrollTop: 599.2 })).toBe(false);
  });

  it('is false when nothing overflows', () => {
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 300, scrollHeight: 300 })).toBe(false);
    expect(hasMoreBelow({ scrollTop: 0, clientHeight: 300, scrollHeight: 301 })).toBe(false);
  });
});

describe('moreStep', () => {
  it('scrolls most of a screenful, keeping some context, and never less than a line or two', () => {
    expect(moreStep(300)).toBe(240);
    expect(moreStep(10)).toBe(24);
  });
});
