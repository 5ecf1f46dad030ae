import { describe, expect, it } from 'vitest';
import { cloneProbe, probeWasCloned } from '../../../utils/messaging/clone-probe';

describe('the messaging probe', () => {
  it('arrives as a typed array only where messages are structured-cloned', () => {
    expect(probeWasCloned(structuredClone(cloneProbe()))).toBe(true);
    expect(probeWasCloned(JSON.parse(JSON.stringify(cloneProbe())))).toBe(false);
    expect(probeWasCloned(undefined)).toBe(false);
    expect(probeWasCloned([0])).toBe(false);
  });
});
