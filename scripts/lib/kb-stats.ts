/**
 * What the README says about the knowledge base's size and checking, computed from the data so
 * the numbers can be verified (tests/data/readme-counts.test.ts compares the README with it):
 * `npx tsx scripts/kb-stats.ts` prints the paragraph to paste between the README's markers.
 */
import { factTime } from '../../utils/knowledge-base/fact-time';
import type { KnowledgeBaseInput } from '../../utils/knowledge-base/schema';

export interface KbStats {
  entries: number;
  /** Entry count by type, most first (then by name). */
  byType: [type: string, count: number][];
  facts: number;
  periods: number;
  points: number;
  timeless: number;
  sources: number;
  /** Sources by their `checked` date, latest first. */
  checked: [date: string, count: number][];
  /** Fact citations that quote the dispatch instead of a page. */
  dispatchQuotes: number;
}

function counted(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
}

export function kbStats(kb: KnowledgeBaseInput): KbStats {
  const facts = kb.entries.flatMap((e) => e.facts);
  const kinds = counted(facts.map((f) => factTime(f)?.kind ?? 'none'));
  const byType = [...counted(kb.entries.map((e) => e.type))].sort(
    (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  const sources = Object.values(kb.sources);
  const checked = [...counted(sources.map((s) => s.checked))].sort((a, b) =>
    b[0].localeCompare(a[0]),
  );
  return {
    entries: kb.entries.length,
    byType,
    facts: facts.length,
    periods: kinds.get('period') ?? 0,
    points: kinds.get('point') ?? 0,
    timeless: kinds.get('timeless') ?? 0,
    sources: sources.length,
    checked,
    dispatchQuotes: facts.flatMap((f) => f.sources).filter((s) => typeof s !== 'string').length,
  };
}

/** The README's paragraph (one line, so a diff shows what changed). */
export function statsParagraph(s: KbStats): string {
  const types = s.byType.map(([type, n]) => `${n} ${type}`).join(', ');
  const dates = s.checked.map(([date, n]) => `${n} on ${date}`).join(', ');
  return (
    `**${s.entries} entries** (${types}) with **${s.facts} facts** (${s.periods} periods, ` +
    `${s.points} points in time, ${s.timeless} timeless), citing **${s.sources} source pages** ` +
    `(checked: ${dates}) and ${s.dispatchQuotes} quotations of the dispatch.`
  );
}
