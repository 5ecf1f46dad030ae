import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { renderDemoIndex } from './demo-pages';
import { DEMO_DIR } from './kb-files';
import { renderDispatchPage } from './render-dispatch';

const ROOT = DEMO_DIR;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The English story on a dark page (the dark-page card test): news-en.html with a dark root
 * background and `body.dark` (news-en.css), made on request rather than kept as a second copy.
 */
export function darkNewsPage(html: string): string {
  return html
    .replace('<html lang="en">', '<html lang="en" style="background:#121212">')
    .replace('<body>', '<body class="dark">');
}

/** Pages made on request, by path. */
const GENERATED: Record<string, () => Promise<string> | string> = {
  '/': renderDemoIndex,
  '/index.html': renderDemoIndex,
  '/dispatch-ar.html': renderDispatchPage,
  '/news-en-dark.html': async () => darkNewsPage(await readFile(safeJoin('/news-en.html'), 'utf8')),
};

/** Extra response headers by path (the hostile-page tests need a strict CSP). */
const HEADERS: Record<string, Record<string, string>> = {
  '/hostile/csp.html': { 'content-security-policy': "default-src 'none'" },
};

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the demo pages (scripts/demo/) on 127.0.0.1; port 0 picks a free one. */
export async function startDemoServer(port = 0): Promise<DemoServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    try {
      const generate = GENERATED[path];
      const body = generate
        ? await generate()
        : await readFile(safeJoin(path));
      response.writeHead(200, {
        'content-type': TYPES[extname(path) || '.html'] ?? 'text/plain',
        ...HEADERS[path],
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function safeJoin(path: string): string {
  const full = normalize(join(ROOT, path));
  if (!full.startsWith(ROOT + sep)) throw new Error('outside the demo folder');
  return full;
}
