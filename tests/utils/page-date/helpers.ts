/** Test helpers: a document from HTML, and the fixed "now" the tests date against. */
export const NOW = new Date('2026-12-06T00:00:00Z');

export function html(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** A paragraph long enough to be body text. */
export const PARAGRAPH =
  'The two ministers discussed trade, transport corridors and the next meeting of the regional organisation, and agreed to keep working on visa rules.';
