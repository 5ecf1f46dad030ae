/**
 * Every page the demo server offers, by the short name `npm start -- --page NAME` takes. The demo
 * index (/) is made from this list, and a test checks that every HTML file of scripts/demo/ is in it.
 */
export interface DemoPage {
  name: string;
  path: string;
  title: string;
  group: 'demo' | 'test' | 'hostile';
}

export const DEMO_PAGES: readonly DemoPage[] = [
  {
    name: 'ar',
    path: '/dispatch-ar.html',
    title: 'The dispatch, in Arabic (Xinhua, 27 April 2025)',
    group: 'demo',
  },
  { name: 'en', path: '/news-en.html', title: 'The same story, in English', group: 'demo' },
  {
    name: 'en-dark',
    path: '/news-en-dark.html',
    title: 'The English story on a dark page',
    group: 'demo',
  },
  { name: 'zh', path: '/news-zh.html', title: 'The same story, in Chinese', group: 'demo' },
  { name: 'ru', path: '/news-ru.html', title: 'The same story, in Russian', group: 'demo' },
  {
    name: 'mixed',
    path: '/news-mixed.html',
    title: 'One story, four languages on one page',
    group: 'demo',
  },
  {
    name: 'karaganda',
    path: '/news-karaganda.html',
    title: 'Names only an imported knowledge base knows',
    group: 'demo',
  },
  {
    name: 'dynamic',
    path: '/test-dynamic.html',
    title: 'Text added after load, shadow root, frame, editable text',
    group: 'test',
  },
  { name: 'frame', path: '/test-frame.html', title: 'A page shown inside a frame', group: 'test' },
  {
    name: 'dated-2022',
    path: '/test-dated-2022.html',
    title: 'An article dated 2 December 2022 (cards as at its date)',
    group: 'test',
  },
  {
    name: 'overlay',
    path: '/test-overlay.html',
    title: "The page's own overlay and fullscreen",
    group: 'test',
  },
  {
    name: 'builtins',
    path: '/hostile/builtins.html',
    title: 'Replaced built-ins',
    group: 'hostile',
  },
  {
    name: 'csp',
    path: '/hostile/csp.html',
    title: "A strict CSP (default-src 'none')",
    group: 'hostile',
  },
  {
    name: 'frames',
    path: '/hostile/frames.html',
    title: 'Same-origin, cross-origin and about:blank frames',
    group: 'hostile',
  },
  {
    name: 'frame-inner',
    path: '/hostile/frame-inner.html',
    title: 'The inner page of the frames test',
    group: 'hostile',
  },
  {
    name: 'heavy-nodes',
    path: '/hostile/heavy-nodes.html',
    title: '200,000 nodes',
    group: 'hostile',
  },
  { name: 'heavy-text', path: '/hostile/heavy-text.html', title: '5 MB of text', group: 'hostile' },
  {
    name: 'host-removal',
    path: '/hostile/host-removal.html',
    title: "A page that removes Qarina's element",
    group: 'hostile',
  },
  {
    name: 'storm',
    path: '/hostile/storm.html',
    title: 'A 10-second mutation storm',
    group: 'hostile',
  },
  {
    name: 'top-layer',
    path: '/hostile/top-layer.html',
    title: 'A modal dialog, a popover and fullscreen',
    group: 'hostile',
  },
  {
    name: 'top-layer-stack',
    path: '/hostile/top-layer-stack.html',
    title: 'A dialog, a popover and fullscreen stacked in any order; a covered name',
    group: 'hostile',
  },
];

const GROUP_TITLES: Record<DemoPage['group'], string> = {
  demo: 'News pages',
  test: 'Test pages',
  hostile: 'Hostile pages (the page fights back)',
};

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The demo index: every page, grouped, with the name `npm start -- --page` takes. */
export function renderDemoIndex(): string {
  const sections = (Object.keys(GROUP_TITLES) as DemoPage['group'][]).map((group) => {
    const items = DEMO_PAGES.filter((page) => page.group === group).map(
      (page) =>
        `      <li><a href="${escape(page.path)}">${escape(page.title)}</a> <code>--page ${page.name}</code></li>`,
    );
    return `    <h2>${GROUP_TITLES[group]}</h2>\n    <ul>\n${items.join('\n')}\n    </ul>`;
  });
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Qarina demo pages</title>
  </head>
  <body>
    <h1>Qarina demo pages</h1>
    <p>Open any of them with <code>npm start -- --page NAME</code>.</p>
${sections.join('\n')}
  </body>
</html>
`;
}

/** The page for a --page name, or a message listing the names. */
export function findDemoPage(name: string): DemoPage | string {
  return (
    DEMO_PAGES.find((page) => page.name === name) ??
    `Unknown page "${name}". Pages: ${DEMO_PAGES.map((page) => page.name).join(', ')}.`
  );
}
