/**
 * The project's import graph, read from the sources (a regex per import form; good enough for
 * code that Prettier formats): which file imports which file or package, and whether only types.
 * Used by the architecture tests to keep the layers one-way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Import {
  /** A project file (relative to the root, e.g. `utils/match/lexicon.ts`) or a package name. */
  target: string;
  isPackage: boolean;
  /** `import type`, `export type`, or every specifier marked `type`: erased from the bundle. */
  typeOnly: boolean;
}

const ROOT = resolve('.');
const FROM = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
const BARE = /(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.json', '/index.ts', '/index.tsx'];

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(join(ROOT, from)), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return undefined;
}

function allSpecifiersAreTypes(clause: string): boolean {
  const braces = /^\{([^}]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1]!.split(',').map((n) => n.trim()).filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith('type '));
}

/** The imports of one file. */
export function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(FROM)) {
    found.push({ specifier: m[4]!, typeOnly: Boolean(m[2]) || allSpecifiersAreTypes(m[3]!) });
  }
  for (const m of text.matchAll(BARE)) found.push({ specifier: m[1]!, typeOnly: false });
  for (const m of text.matchAll(DYNAMIC)) found.push({ specifier: m[1]!, typeOnly: false });
  return found.map(({ specifier, typeOnly }) => {
    if (!specifier.startsWith('.')) return { target: specifier, isPackage: true, typeOnly };
    const target = resolveFile(file, specifier);
    if (!target) throw new Error(`${file}: cannot resolve ${specifier}`);
    return { target, isPackage: false, typeOnly };
  });
}

/** Every source file (.ts, .tsx) under the given folders. */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
  return folders.flatMap(walk);
}

/**
 * Everything `entry` reaches at run time (type-only imports are erased by the build): project
 * files and packages, each with the chain of files that leads to it.
 */
export function runtimeClosure(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>([[entry, [entry]]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (!/\.(tsx?|mjs)$/.test(file)) continue;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || reached.has(edge.target)) continue;
      reached.set(edge.target, [...reached.get(file)!, edge.target]);
      if (!edge.isPackage) queue.push(edge.target);
    }
  }
  return reached;
}
