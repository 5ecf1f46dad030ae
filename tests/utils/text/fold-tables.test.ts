import { afterEach, describe, expect, it } from 'vitest';
import { foldKey, installFoldTables, installedFoldTables } from '../../../utils/text/fold';
import { bundledFoldTables, useBundledFoldTables } from '../../../utils/text/fold-tables';

describe('fold tables', () => {
  afterEach(() => useBundledFoldTables());

  it('are what folds traditional Han to simplified: without them 中國 stays as it is', () => {
    installFoldTables({});
    expect(foldKey('中國')).toBe('中國');
    useBundledFoldTables();
    expect(foldKey('中國')).toBe('中国'); // the cached foldings were cleared
  });

  it('fold only what a table lists', () => {
    installFoldTables({ zh: Uint16Array.of('國'.charCodeAt(0), '国'.charCodeAt(0)) });
    expect(foldKey('中國聯合')).toBe('中国聯合');
  });

  it('are decoded once, and installing equal tables keeps the installed ones', () => {
    expect(bundledFoldTables()).toBe(bundledFoldTables());
    const installed = installedFoldTables();
    installFoldTables({ zh: bundledFoldTables().zh!.slice() });
    expect(installedFoldTables()).toBe(installed);
  });

  it('ship the traditional → simplified pairs, in pairs (then the Chinese word contexts)', () => {
    // utils/language/zh/tables.ts: [0, pair array length high, low, …pairs, …word contexts]
    const zh = bundledFoldTables().zh!;
    const pairs = (zh[1]! << 16) | zh[2]!;
    expect(zh[0]).toBe(0);
    expect(pairs % 2).toBe(0);
    expect(pairs / 2).toBeGreaterThan(1500);
    expect(zh.length).toBeGreaterThan(3 + pairs);
  });
});
