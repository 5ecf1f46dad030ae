import { afterEach, describe, expect, it, vi } from 'vitest';
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
    expect(foldKey('中國')).toBe('中国'); // a folding cached: worth comparing
    const installed = installedFoldTables();
    installFoldTables({ zh: bundledFoldTables().zh!.slice() });
    expect(installedFoldTables()).toBe(installed);
  });

  it('are installed without comparing or clearing while no folding is cached', () => {
    installFoldTables({}); // not the bundled ones: cleared, nothing cached since
    const empty = {};
    installFoldTables(empty); // equal tables, not compared (~1 ms for Chinese's): installed
    expect(installedFoldTables()).toBe(empty);
    const fill = vi.spyOn(Uint8Array.prototype, 'fill');
    const tables = { zh: bundledFoldTables().zh!.slice() };
    installFoldTables(tables);
    expect(fill).not.toHaveBeenCalled(); // a fresh frame's 2 × 64 KB left untouched
    expect(installedFoldTables()).toBe(tables); // not compared: installed as they are
    expect(foldKey('中國')).toBe('中国');
    installFoldTables({});
    expect(fill).toHaveBeenCalled(); // a folding was cached: cleared
    fill.mockRestore();
  });

  it('ship the traditional → simplified pairs alone: the popup and options fold, never match', () => {
    const zh = bundledFoldTables().zh!;
    expect(zh[0]).not.toBe(0); // no word-contexts header (utils/language/zh/tables.ts)
    expect(zh.length % 2).toBe(0);
    expect(zh.length / 2).toBeGreaterThan(1500);
  });
});
