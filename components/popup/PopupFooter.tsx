import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { DataStatus } from '../../utils/imports/with-imports';
import type { Settings } from '../../utils/settings/settings';
import { hasSite, hostOf, isSitePaused } from '../../utils/settings/site-rules';

/** Props of {@link PopupFooter}. */
export interface PopupFooterProps {
  strings: UiStrings;
  settings?: Settings;
  /** The target page's URL, when its content script answered. */
  pageUrl?: string;
  status?: DataStatus;
  onSetSitePaused(url: string, paused: boolean): void;
  onSetPausedEverywhere(paused: boolean): void;
  onOpenOptions(): void;
}

interface SwitchProps {
  label: string;
  detail?: string;
  on: boolean;
  testId: string;
  onToggle(): void;
}

function Switch({ label, detail, on, testId, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="qp-switch"
      aria-checked={on}
      data-testid={testId}
      onClick={onToggle}
    >
      <span class="qp-switch-track" aria-hidden="true" />
      <span class="qp-switch-label">
        {label}
        {detail && (
          <bdi class="qp-switch-detail" dir="ltr">
            {detail}
          </bdi>
        )}
      </span>
    </button>
  );
}

/** The two switches (on this site, everywhere), the options link, and which data answers. */
export function PopupFooter(props: PopupFooterProps) {
  const { strings, settings, pageUrl, status } = props;
  const site = hasSite(pageUrl) ? pageUrl : undefined;
  return (
    <footer class="qp-footer">
      {settings && (
        <div class="qp-switches">
          {site && (
            <Switch
              label={strings.t('popupSwitchSite')}
              detail={hostOf(site)}
              on={!isSitePaused(settings, site)}
              testId="switch-site"
              onToggle={() => props.onSetSitePaused(site, !isSitePaused(settings, site))}
            />
          )}
          <Switch
            label={strings.t('popupSwitchEverywhere')}
            on={!settings.pausedEverywhere}
            testId="switch-everywhere"
            onToggle={() => props.onSetPausedEverywhere(!settings.pausedEverywhere)}
          />
        </div>
      )}
      <div class="qp-status-row">
        <p class="qp-status" data-testid="cache-status" data-entry-count={status?.entryCount}>
          {status ? <StatusText status={status} strings={strings} /> : strings.t('popupLoading')}
        </p>
        <button type="button" class="qp-link" onClick={props.onOpenOptions}>
          {strings.t('popupOptions')}
        </button>
      </div>
    </footer>
  );
}

function StatusText({ status, strings }: { status: DataStatus; strings: UiStrings }) {
  const source = strings.t(status.source === 'cache' ? 'popupSourceCache' : 'popupSourceBundled');
  const parts = [
    strings.t('popupAnsweringFrom', source),
    strings.t('popupEntryCount', String(status.entryCount)),
  ];
  if (status.imported)
    parts.push(strings.t('popupImportedCount', String(status.imported.entryCount)));
  return (
    <>
      <span data-source={status.source}>{parts.join(' · ')}</span>
      <br />
      <span class="qp-version" title={status.version}>
        {strings.t('popupDataVersion', shortVersion(status.version))}
      </span>
    </>
  );
}

/** `fnv1a64:85944171f73967e8+fnv1a64:…` → `85944171+1f2e3d4c`: enough to tell versions apart. */
export function shortVersion(version: string): string {
  return version
    .split('+')
    .map((part) => part.replace(/^[a-z0-9]+:/, '').slice(0, 8))
    .join('+');
}
