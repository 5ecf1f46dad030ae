import type { RollupLog } from 'rollup';

/**
 * Rollup warnings that say nothing about our code: zod 4's sources carry explanatory comments
 * beside `@__PURE__` annotations, which Rollup reports (INVALID_ANNOTATION) and drops harmlessly
 * on every build. Everything else is passed on.
 */
export function isKnownHarmlessWarning(warning: RollupLog): boolean {
  return warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '');
}

export function quietKnownWarnings(warning: RollupLog, warn: (warning: RollupLog) => void): void {
  if (!isKnownHarmlessWarning(warning)) warn(warning);
}
