/**
 * When facts hold (issue 16's time model), the rules a JSON Schema cannot express: every fact is
 * exactly one of a period (`from`, optional `until`), a point (`on`) or `timeless: true`; dates
 * exist in the calendar and none lies after the data's `released` date; a period does not end
 * before it begins; only a period names a `role`, and one entry's periods of one role do not
 * overlap; no source was checked after `released` (a page cannot confirm a release that came
 * before it was read). Each problem is located at the offending field, with a fix.
 */
import {
  factTime,
  isCertainlyAfter,
  lastDay,
  firstDay,
  parseFactDate,
  periodsOverlap,
} from './fact-time';
import { formatPath, type Problem } from './problem';
import type { Fact, KnowledgeBase } from './schema';

type Path = (string | number)[];

const DATE_FIELDS = ['from', 'until', 'on'] as const;

export function checkTimes(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  /** Role id → where it was first labelled, and its labels. */
  const labelled = new Map<string, { path: Path; labels: string }>();
  checkSourceDates(kb, problems);
  kb.entries.forEach((entry, i) => {
    const periods = new Map<string, { j: number; from: string; until?: string }[]>();
    entry.facts.forEach((fact, j) => {
      const path: Path = ['entries', i, 'facts', j];
      const dated = checkDates(fact, path, kb.released, problems);
      const kind = checkKind(fact, path, problems);
      if (!dated || kind !== 'period') return;
      if (fact.until !== undefined && lastDay(fact.until)! < firstDay(fact.from!)!)
        problems.push({
          severity: 'error',
          path: [...path, 'until'],
          message: `"until" (${fact.until}) is before "from" (${fact.from})`,
          hint: 'a period ends on or after the date it began: swap or correct the dates',
        });
      else if (fact.role) {
        checkLabels(fact.role, [...path, 'role'], labelled, problems);
        const list = periods.get(fact.role.id) ?? [];
        list.push({ j, from: fact.from!, until: fact.until });
        periods.set(fact.role.id, list);
      }
    });
    for (const [role, list] of periods)
      checkOverlaps(role, list, ['entries', i, 'facts'], problems);
  });
  return problems;
}

/** A source's `checked` date after the release: the release cannot rest on a later reading. */
function checkSourceDates(kb: KnowledgeBase, problems: Problem[]): void {
  for (const [id, source] of Object.entries(kb.sources))
    if (parseFactDate(source.checked) && isCertainlyAfter(source.checked, kb.released))
      problems.push({
        severity: 'error',
        path: ['sources', id, 'checked'],
        message: `source ${id} was "checked" (${source.checked}) after the data's release date (${kb.released})`,
        hint: 'correct the "checked" date, or move "released" forward to the day the data is released',
      });
}

/** Malformed or impossible dates, and dates after the release; false when any date is bad. */
function checkDates(fact: Fact, path: Path, released: string, problems: Problem[]): boolean {
  let ok = true;
  for (const field of DATE_FIELDS) {
    const date = fact[field];
    if (date === undefined) continue;
    if (!parseFactDate(date)) {
      ok = false;
      problems.push({
        severity: 'error',
        path: [...path, field],
        message: `"${field}" (${date}) is not a day of the calendar`,
        hint: 'check the day and month: 2025-02 has 28 days, 2024-02 has 29; or write only the month (2025-02)',
      });
    } else if (isCertainlyAfter(date, released)) {
      problems.push({
        severity: 'error',
        path: [...path, field],
        message: `"${field}" (${date}) is after the data's release date (${released})`,
        hint: 'a fact cannot be dated after "released": correct the date, or move "released" forward when releasing',
      });
    }
  }
  return ok;
}

/** The fact's kind, or undefined after reporting why it has none (or several). */
function checkKind(
  fact: Fact,
  path: Path,
  problems: Problem[],
): 'period' | 'point' | 'timeless' | undefined {
  const error = (field: string | undefined, message: string, hint: string) => {
    problems.push({ severity: 'error', path: field ? [...path, field] : path, message, hint });
    return undefined;
  };
  if (fact.on !== undefined && (fact.from !== undefined || fact.until !== undefined))
    return error(
      'on',
      '"on" together with "from"/"until": a fact is a point in time or a period, not both',
      'keep "on" for an event or a measured figure, or "from" (and "until") for a state that lasted',
    );
  if (fact.timeless && (fact.on ?? fact.from ?? fact.until) !== undefined)
    return error(
      'timeless',
      '"timeless" together with a date',
      'remove "timeless" when the fact holds at a date or for a period, or remove the dates',
    );
  if (fact.until !== undefined && fact.from === undefined)
    return error(
      'until',
      '"until" without "from": a period needs the date it began',
      'add "from" (as precise as the source allows: 2023, 2023-04 or 2023-04-01)',
    );
  const time = factTime(fact);
  if (!time)
    return error(
      undefined,
      'the fact does not say when it holds',
      'add "from" (and "until") for a period, "on" for an event or figure, or "timeless": true for a definition',
    );
  if (fact.role && time.kind !== 'period')
    return error(
      'role',
      `"role" on a ${time.kind === 'point' ? 'point-in-time' : 'timeless'} fact`,
      'a role marks a period (a post held from … until …): give the fact "from" instead, or remove "role"',
    );
  return time.kind;
}

function checkOverlaps(
  role: string,
  list: { j: number; from: string; until?: string }[],
  factsPath: Path,
  problems: Problem[],
): void {
  list.forEach((b, n) => {
    const a = list.slice(0, n).find((earlier) => periodsOverlap(earlier, b));
    if (!a) return;
    const span = (p: { from: string; until?: string }) => `${p.from} – ${p.until ?? 'open'}`;
    problems.push({
      severity: 'error',
      path: [...factsPath, b.j, 'role', 'id'],
      message: `role "${role}" (${span(b)}) overlaps the same role in ${formatPath([...factsPath, a.j])} (${span(a)})`,
      hint: 'one post is held once at a time: end the earlier period ("until") before the later one begins, or merge the two facts',
      also: [{ path: [...factsPath, a.j, 'role', 'id'] }],
    });
  });
}

/** One role id, one set of labels: the card names "the role at the time" the same for everyone. */
function checkLabels(
  role: NonNullable<Fact['role']>,
  path: Path,
  labelled: Map<string, { path: Path; labels: string }>,
  problems: Problem[],
): void {
  const labels = JSON.stringify([role.en, role.ar, role.zh, role.ru]);
  const first = labelled.get(role.id);
  if (!first) labelled.set(role.id, { path, labels });
  else if (first.labels !== labels)
    problems.push({
      severity: 'warning',
      path,
      message: `role "${role.id}" is labelled differently at ${formatPath(first.path)}`,
      hint: 'one role id names one office: copy the labels of the first use, or give this role its own id',
      also: [{ path: first.path }],
    });
}
