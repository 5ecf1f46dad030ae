import { describe, expect, it, vi } from 'vitest';
import { quietKnownWarnings } from '../../scripts/lib/quiet-warnings';

describe('build warnings', () => {
  it.each([
    [{ code: 'INVALID_ANNOTATION', id: '/repo/node_modules/zod/v4/core/util.js', message: 'A comment' }, false],
    [{ code: 'INVALID_ANNOTATION', id: '/repo/utils/match/lexicon.ts', message: 'A comment' }, true],
    [{ code: 'INVALID_ANNOTATION', id: '/repo/node_modules/preact/dist/x.js', message: 'A comment' }, true],
    [{ code: 'CIRCULAR_DEPENDENCY', id: '/repo/node_modules/zod/v4/core/util.js', message: 'cycle' }, true],
    [{ code: 'UNRESOLVED_IMPORT', message: 'x' }, true],
  ])('%o is passed on: %s', (warning, shown) => {
    const warn = vi.fn();
    quietKnownWarnings(warning, warn);
    expect(warn).toHaveBeenCalledTimes(shown ? 1 : 0);
  });
});
