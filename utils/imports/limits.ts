/**
 * chrome.storage.local allows 10 MB in all (without the `unlimitedStorage` permission); the
 * settings are tiny, so 4 MB of text leaves room for the parsed copy's overhead. Its own module
 * so the message protocol can name it without bundling the checker.
 */
export const MAX_IMPORT_CHARS = 4_000_000;
