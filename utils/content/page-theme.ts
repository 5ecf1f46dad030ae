/**
 * Whether a page is dark: the colour of its first opaque background (body, then the root),
 * or, without one, its declared `color-scheme`. Used to pick the highlight colours and, with
 * the theme setting on auto, the card's theme.
 */

/** Relative luminance (0 black … 1 white) of an `rgb()`/`rgba()` colour; null when transparent or unknown. */
export function luminanceOf(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?/.exec(color);
  if (!m) return null;
  const alpha =
    m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v!) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** 'dark' or 'light' when the page shows one, 'auto' when it leaves it to the system. */
export function pageTheme(doc: Document): 'dark' | 'light' | 'auto' {
  const view = doc.defaultView;
  if (!view) return 'auto';
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const luminance = luminanceOf(view.getComputedStyle(el).backgroundColor);
    if (luminance !== null) return luminance < 0.2 ? 'dark' : 'light';
  }
  const scheme = doc.documentElement ? view.getComputedStyle(doc.documentElement).colorScheme : '';
  if (scheme === 'dark') return 'dark';
  return 'auto';
}

/** Whether highlights should use their colours for dark pages. */
export function isDarkPage(doc: Document): boolean {
  const theme = pageTheme(doc);
  if (theme !== 'auto') return theme === 'dark';
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
