import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DIR, readDispatch } from './kb-files';

const TEMPLATE = join(DEMO_DIR, 'dispatch-ar.html');

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The demo article: the dispatch's own text (data/dispatch-ar.txt), every line of it, laid out as
 * the news page it came from (breadcrumb, headline, source line, repeated headline, paragraphs,
 * the "hot pictures" widget).
 */
export function renderDispatchPage(dispatch = readDispatch()): string {
  const lines = dispatch.split('\n').filter((line) => line.trim() !== '');
  const [breadcrumb, headline, sourceLine, repeatedHeadline, ...rest] = lines;
  const widget = rest.pop() ?? '';
  const paragraphs = [
    `        <p class="standfirst"><strong>${escapeHtml(repeatedHeadline ?? '')}</strong></p>`,
    ...rest.map((line) => `        <p>${escapeHtml(line)}</p>`),
  ].join('\n');
  const values: Record<string, string> = {
    breadcrumb: escapeHtml(breadcrumb ?? ''),
    headline: escapeHtml(headline ?? ''),
    sourceLine: escapeHtml(sourceLine ?? ''),
    widget: escapeHtml(widget),
    paragraphs,
  };
  return readFileSync(TEMPLATE, 'utf8').replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key]!);
}
