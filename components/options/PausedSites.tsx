import { useState } from 'preact/hooks';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { Settings } from '../../utils/settings/settings';

/** Props of {@link PausedSites}. */
export interface PausedSitesProps {
  settings: Settings;
  strings: UiStrings;
  onChange(patch: Partial<Settings>): void;
}

/** A pattern as typed: a URL is cut to its host, so pasting an address works too. */
export function sitePattern(input: string): string {
  const text = input.trim().toLowerCase();
  const host = /^[a-z][a-z0-9+.-]*:\/\//.test(text)
    ? text.replace(/^[^:]+:\/\/([^/?#]*).*$/, '$1')
    : text;
  return host.replace(/\/.*$/, '').replace(/\.$/, '');
}

/** The sites where Qarina is off (with wildcards), and the pause on every site. */
export function PausedSites({ settings, strings, onChange }: PausedSitesProps) {
  const [draft, setDraft] = useState('');
  const sites = settings.disabledSites;
  const add = (event: Event) => {
    event.preventDefault();
    const pattern = sitePattern(draft);
    if (pattern === '') return;
    if (!sites.includes(pattern)) onChange({ disabledSites: [...sites, pattern] });
    setDraft('');
  };
  return (
    <section class="qo-section" data-testid="paused-sites">
      <h2>{strings.t('optionsPausedSites')}</h2>
      <label class="qo-choice">
        <input
          type="checkbox"
          checked={settings.pausedEverywhere}
          onChange={(e) => onChange({ pausedEverywhere: e.currentTarget.checked })}
        />
        <span>{strings.t('menuPauseEverywhere')}</span>
      </label>
      {sites.length === 0 ? (
        <p class="qo-note">{strings.t('optionsNoPausedSites')}</p>
      ) : (
        <ul class="qo-sites">
          {sites.map((site) => (
            <li key={site}>
              <bdi dir="ltr">{site}</bdi>
              <button
                type="button"
                class="qo-small"
                onClick={() => onChange({ disabledSites: sites.filter((s) => s !== site) })}
              >
                {strings.t('optionsRemoveSite', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="qo-add-site" onSubmit={add}>
        <label for="qo-site">{strings.t('optionsSitePattern')}</label>
        <div class="qo-row">
          <input
            id="qo-site"
            type="text"
            dir="ltr"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">{strings.t('optionsAddSite')}</button>
        </div>
      </form>
    </section>
  );
}
