import type { UiStrings } from '../../utils/i18n/ui-strings';
import { HOVER_DELAY_RANGE, type Settings } from '../../utils/settings/settings';
import { Choice } from './Choice';

/** Props of {@link AppearanceSettings}. */
export interface AppearanceSettingsProps {
  settings: Settings;
  strings: UiStrings;
  onChange(patch: Partial<Settings>): void;
}

/** Language names are written in their own language, so a reader finds theirs in any interface. */
const LANGUAGE_NAMES = [
  { value: 'ar', label: 'العربية', lang: 'ar' },
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'zh', label: '中文（简体）', lang: 'zh' },
  { value: 'ru', label: 'Русский', lang: 'ru' },
] as const;

/** Card language, highlight style, hover delay, text size, theme and the card in time. */
export function AppearanceSettings({ settings, strings, onChange }: AppearanceSettingsProps) {
  const t = strings.t;
  return (
    <section class="qo-section">
      <Choice
        name="cardLanguage"
        legend={t('optionsCardLanguage')}
        value={settings.cardLanguage}
        options={[{ value: 'auto', label: t('optionsAutomatic') }, ...LANGUAGE_NAMES]}
        onChange={(cardLanguage) => onChange({ cardLanguage })}
      />
      <Choice
        name="highlightStyle"
        legend={t('optionsHighlightStyle')}
        value={settings.highlightStyle}
        options={[
          {
            value: 'underline',
            label: <span class="qo-sample-underline">{t('optionsHighlightUnderline')}</span>,
          },
          { value: 'tint', label: <span class="qo-sample-tint">{t('optionsHighlightTint')}</span> },
          { value: 'none', label: t('optionsHighlightNone') },
        ]}
        onChange={(highlightStyle) => onChange({ highlightStyle })}
      />
      <div class="qo-field">
        <label for="qo-delay">{t('optionsHoverDelay')}</label>
        <div class="qo-range">
          <input
            id="qo-delay"
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => onChange({ hoverDelayMs: Number(e.currentTarget.value) })}
          />
          <output for="qo-delay">
            {t('optionsHoverDelayValue', String(settings.hoverDelayMs))}
          </output>
        </div>
      </div>
      <Choice
        name="textSize"
        legend={t('optionsTextSize')}
        value={settings.textSize}
        options={[
          { value: 'small', label: t('optionsTextSmall') },
          { value: 'medium', label: t('optionsTextMedium') },
          { value: 'large', label: t('optionsTextLarge') },
        ]}
        onChange={(textSize) => onChange({ textSize })}
      />
      <Choice
        name="theme"
        legend={t('optionsTheme')}
        value={settings.theme}
        options={[
          { value: 'auto', label: t('optionsThemeAuto') },
          { value: 'light', label: t('optionsThemeLight') },
          { value: 'dark', label: t('optionsThemeDark') },
        ]}
        onChange={(theme) => onChange({ theme })}
      />
      <div class="qo-field">
        <label class="qo-choice">
          <input
            type="checkbox"
            name="cardInTime"
            checked={settings.cardInTime}
            aria-describedby="qo-in-time-hint"
            onChange={(e) => onChange({ cardInTime: e.currentTarget.checked })}
          />
          <span>{t('optionsCardInTime')}</span>
        </label>
        <p id="qo-in-time-hint" class="qo-hint">
          {t('optionsCardInTimeHint')}
        </p>
      </div>
    </section>
  );
}
