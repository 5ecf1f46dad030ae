// @vitest-environment node
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, findDemoPage } from '../../scripts/lib/demo-pages';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path, root);
    return entry.name.endsWith('.html') ? [`/${relative(root, path)}`] : [];
  });
}

describe('demo pages', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer(0);
  });
  afterAll(() => server.close());

  it('lists every HTML file of scripts/demo/ (a new page cannot be forgotten)', () => {
    const listed = new Set(DEMO_PAGES.map((page) => page.path));
    for (const file of htmlFiles('scripts/demo')) expect(listed, file).toContain(file);
  });

  it('names each page once, for npm start -- --page NAME', () => {
    const names = DEMO_PAGES.map((page) => page.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['ar', 'en', 'zh', 'ru', 'mixed', 'storm']));
    expect(findDemoPage('ru')).toMatchObject({ path: '/news-ru.html' });
    expect(findDemoPage('fr')).toMatch(/^Unknown page "fr"\. Pages: ar, en, /);
  });

  it('the index links every page, and every link is served', async () => {
    const index = await fetch(`${server.url}/`).then((r) => r.text());
    for (const page of DEMO_PAGES) {
      expect(index).toContain(`href="${page.path}"`);
      expect(index).toContain(`--page ${page.name}`);
      expect((await fetch(`${server.url}${page.path}`)).status, page.path).toBe(200);
    }
  });
});
