// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server';

describe('demo server', () => {
  let server: DemoServer;
  beforeAll(async () => {
    server = await startDemoServer(0);
  });
  afterAll(() => server.close());
  const get = (path: string) => fetch(`${server.url}${path}`).then((r) => r.text());

  it('serves the English story on a dark page, made from the light one', async () => {
    const [light, dark] = await Promise.all([get('/news-en.html'), get('/news-en-dark.html')]);
    expect(dark).toContain('<body class="dark">');
    expect(dark).toContain('<html lang="en" style="background:#121212">');
    expect(light).not.toContain('class="dark"');
    // Everything else is the light page's text.
    const strip = (html: string) => html.replace(/<html[^>]*>|<body[^>]*>/g, '');
    expect(strip(dark)).toBe(strip(light));
  });

  it('renders the dispatch page and refuses paths outside the demo folder', async () => {
    expect(await get('/dispatch-ar.html')).toContain('dir="rtl"');
    const outside = await fetch(`${server.url}/..%2Fpackage.json`);
    expect(outside.status).toBe(404);
  });
});
