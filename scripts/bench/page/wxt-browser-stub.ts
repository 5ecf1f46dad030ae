/**
 * Stands in for `wxt/browser` in the benchmark page: the page's own origin plays the extension's,
 * so utils/cache opens the real Chromium IndexedDB here exactly as it does in the extension.
 */
export const browser = {
  runtime: { getURL: (path: string) => new URL(path, location.origin).href },
};
