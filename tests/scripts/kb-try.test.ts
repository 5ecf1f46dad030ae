import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KB_TRY_USAGE, runKbTry, type TriedMention } from '../../scripts/kb-try';

const root = resolve(__dirname, '../..');
const noStdin = () => Promise.reject(new Error('no stdin'));
const tmp = mkdtempSync(join(tmpdir(), 'kb-try-'));

describe('kb:try', () => {
  it('prints the dispatch’s mentions as JSON with offsets into the text', async () => {
    const out = JSON.parse(
      await runKbTry([resolve(root, 'data/dispatch-ar.txt'), '--json'], noStdin),
    ) as TriedMention[];
    expect(out.filter((m) => m.within === undefined)).toHaveLength(87);
    // with the names inside names (China in China–Kazakhstan relations; strategic partnership in the
    // permanent comprehensive one twice, the city in منظمة شانغهاي للتعاون)
    expect(out).toHaveLength(119);
    expect(out[0]).toMatchObject({
      id: 'china-kazakhstan-fm-strategic-dialogue',
      start: 45,
      end: 104,
    });
    expect(Object.keys(out[0]!).sort()).toEqual(['end', 'id', 'name', 'start', 'text']);
  });

  it('reads HTML, with offsets into the document’s text content', async () => {
    const file = join(tmp, 'page.html');
    writeFileSync(
      file,
      '<html><head><title>t</title></head><body><p>وزير الخارجية وانغ <b>يي</b></p><script>وانغ يي</script></body></html>',
    );
    const [m, ...rest] = JSON.parse(await runKbTry([file, '--json'], noStdin)) as TriedMention[];
    expect(rest).toEqual([]);
    expect(m).toEqual({ id: 'wang-yi', name: 'وانغ يي', text: 'وانغ يي', start: 15, end: 22 });
  });

  it.each([[[]], [['--json']]])('prints its usage and exits 1 given no file (args %j)', (args) => {
    const run = spawnSync('npx', ['tsx', 'scripts/kb-try.ts', ...args], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(KB_TRY_USAGE);
    expect(run.stdout).toBe('');
  });

  it('lists names inside names as their own items, naming the mention that contains them', async () => {
    const text =
      'Talks on China–Kazakhstan relations.\nThe Political Bureau of the CPC Central Committee met.';
    const out = JSON.parse(
      await runKbTry(['-', '--json'], () => Promise.resolve(text)),
    ) as TriedMention[];
    const at = (id: string) => out.findIndex((m) => m.id === id);
    expect(out.map((m) => [m.id, m.text, m.within?.index ?? null])).toEqual([
      ['china-kazakhstan-relations', 'China–Kazakhstan relations', null],
      ['china', 'China', at('china-kazakhstan-relations')],
      ['kazakhstan', 'Kazakhstan', at('china-kazakhstan-relations')],
      ['cpc-politburo', 'Political Bureau of the CPC Central Committee', null],
      ['cpc-central-committee', 'CPC Central Committee', at('cpc-politburo')],
      ['communist-party-of-china', 'CPC', at('cpc-central-committee')],
    ]);
    expect(out[1]!.within).toEqual({
      index: 0,
      id: 'china-kazakhstan-relations',
      start: 9,
      end: 35,
    });
    expect(text.slice(out[5]!.start, out[5]!.end)).toBe('CPC');
  });

  it('indents names inside names in the text output, one step per depth', async () => {
    const out = await runKbTry(['-'], () => Promise.resolve('وزارة الخارجية الصينية'));
    expect(out.split('\n')).toEqual([
      '0-22\tmfa-china\tوزارة الخارجية الصينية\t«وزارة الخارجية الصينية»',
      '  15-22\tchina\tالصين\t«الصينية»',
      '2 mention(s)',
    ]);
  });

  it('lists names inside names in HTML, across elements', async () => {
    const file = join(tmp, 'nested.html');
    writeFileSync(
      file,
      '<html><body><p>the <b>Ministry of Foreign Affairs</b> of China</p></body></html>',
    );
    const out = JSON.parse(await runKbTry([file, '--json'], noStdin)) as TriedMention[];
    expect(out.map((m) => [m.id, m.text, m.within?.id ?? null])).toEqual([
      ['mfa-china', 'Ministry of Foreign Affairs of China', null],
      ['china', 'China', 'mfa-china'],
    ]);
  });

  it('reads stdin with -', async () => {
    const out = await runKbTry(['-'], () => Promise.resolve('زيارة للصين'));
    expect(out).toContain('6-11\tchina');
    expect(out).toContain('«للصين»');
    expect(out).toMatch(/1 mention\(s\)$/);
  });
});

describe('kb:try --page-date', () => {
  const fixture = (name: string) => resolve(root, 'tests/fixtures/page-dates', name);

  it('prints the page’s date as one JSON line (spawned as npm runs it)', () => {
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/kb-try.ts', '--page-date', fixture('ar-dateline-xinhua.html')],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('{"date":"2025-04-27","precision":"day","from":"dateline"}\n');
  });

  it('reads the date in the URL given with --url, and prints {"date":null} without one', async () => {
    const url = 'https://news.example.com/2025/04/25/harvest-outlook/';
    const file = fixture('en-url-slashes.html');
    expect(await runKbTry(['--page-date', file, '--url', url], noStdin)).toBe(
      '{"date":"2025-04-25","precision":"day","from":"url"}',
    );
    expect(await runKbTry(['--url', url, '--page-date', file], noStdin)).toContain('"from":"url"');
    expect(await runKbTry(['--page-date', file], noStdin)).toBe('{"date":null}');
  });

  it('reads stdin, and refuses a --url that is no URL', async () => {
    const html =
      '<html><head><meta name="pubdate" content="2025-04-25"></head><body><p>x</p></body></html>';
    expect(await runKbTry(['--page-date', '-'], () => Promise.resolve(html))).toBe(
      '{"date":"2025-04-25","precision":"day","from":"meta"}',
    );
    await expect(runKbTry(['--page-date', '-', '--url', 'nowhere'], noStdin)).rejects.toThrow(
      /--url/,
    );
  });
});
