/**
 * Sites where Qarina is off. A pattern is a host name, optionally with `*` wildcards:
 * `example.com` matches example.com and its subdomains; `*.example.com` only the subdomains;
 * `news.*` any host starting with "news.". Matching ignores case and a trailing dot.
 */
import type { Settings } from './settings';

function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .toLowerCase()
    .replace(/\.$/, '')
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  const subdomains = pattern.includes('*') ? '' : '(?:[^/]*\\.)?';
  return new RegExp(`^${subdomains}${escaped}$`);
}

export function hostMatches(host: string, pattern: string): boolean {
  const cleanHost = host.toLowerCase().replace(/\.$/, '');
  return pattern.trim() !== '' && patternToRegExp(pattern.trim()).test(cleanHost);
}

/** The host of a URL, or '' for URLs without one (file:, data:, about:blank). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Whether Qarina should highlight and answer hovers on a page at this URL. */
export function isActiveOn(
  url: string,
  settings: Pick<Settings, 'pausedEverywhere' | 'disabledSites'>,
): boolean {
  if (settings.pausedEverywhere) return false;
  const host = hostOf(url);
  return !settings.disabledSites.some((pattern) => hostMatches(host, pattern));
}

/** Whether a disabled-sites pattern covers the page at `url` (false for pages without a host). */
export function isSitePaused(settings: Pick<Settings, 'disabledSites'>, url: string): boolean {
  const host = hostOf(url);
  return host !== '' && settings.disabledSites.some((pattern) => hostMatches(host, pattern));
}

/** Whether the site action can apply to `url`: only pages with a host name have a "site". */
export function hasSite(url: string | undefined): url is string {
  return url !== undefined && hostOf(url) !== '';
}

/** Settings with the site of `url` paused (added as its exact host) or resumed (every matching pattern removed). */
export function withSitePaused(settings: Settings, url: string, paused: boolean): Settings {
  const host = hostOf(url);
  if (!host) return settings;
  const others = settings.disabledSites.filter((pattern) => !hostMatches(host, pattern));
  return { ...settings, disabledSites: paused ? [...others, host] : others };
}
