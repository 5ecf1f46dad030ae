/**
 * Every UI message key, in one typed list. `public/_locales/<locale>/messages.json` must define
 * each of them: `ui-strings.ts` assigns every file to `Record<MessageKey, …>` (a missing key fails
 * the type check) and `tests/utils/i18n/messages.test.ts` checks the four files agree (no extra
 * keys, no empty messages, the same placeholders).
 *
 * Chrome treats message names case-insensitively and allows only [A-Za-z0-9_@]; camelCase keeps
 * them readable and unique.
 */
import type { EntryType } from '../knowledge-base/model';

export const MESSAGE_KEYS = [
  // Manifest (__MSG_extName__, __MSG_extDescription__) and toolbar button.
  'extName',
  'extDescription',
  'extActionTitle',
  // Entry types, as the card's small-caps label and the options' type filter.
  'typePerson',
  'typePlace',
  'typeOrganization',
  'typeEvent',
  'typeAgreement',
  'typePolicy',
  'typeTerm',
  // Fact card.
  'cardAsOf',
  'cardAsOfUntil',
  'cardFacts',
  'cardSources',
  'cardRelated',
  'cardOnThisPage',
  'cardBack',
  'cardPin',
  'cardUnpin',
  'cardClose',
  'cardTheDispatch',
  'cardQuotedInDispatch',
  'cardOtherNames',
  'cardShownInEnglish',
  'cardOpensInNewTab',
  'cardMoreBelow',
  // Toolbar popup.
  'popupSearchLabel',
  'popupSearchPlaceholder',
  'popupOnThisPage',
  'popupNoMentions',
  'popupNoResults',
  'popupPauseSite',
  'popupResumeSite',
  'popupPauseEverywhere',
  'popupResumeEverywhere',
  'popupPausedSiteNote',
  'popupPausedEverywhereNote',
  'popupOptions',
  'popupDataVersion',
  'popupAnsweringFrom',
  'popupSourceCache',
  'popupSourceBundled',
  'popupOpenCard',
  'popupMentions',
  'popupUnavailablePage',
  'popupSwitchSite',
  'popupSwitchEverywhere',
  'popupLoading',
  'popupEntryCount',
  'popupImportedCount',
  // Options page.
  'optionsTitle',
  'optionsCardLanguage',
  'optionsAutomatic',
  'optionsHighlightStyle',
  'optionsHighlightUnderline',
  'optionsHighlightTint',
  'optionsHighlightNone',
  'optionsHoverDelay',
  'optionsHoverDelayValue',
  'optionsTextSize',
  'optionsTheme',
  'optionsThemeAuto',
  'optionsThemeLight',
  'optionsThemeDark',
  'optionsEntryTypes',
  'optionsPausedSites',
  'optionsNoPausedSites',
  'optionsRemoveSite',
  'optionsReset',
  'optionsSaved',
  'optionsKnowledgeBase',
  'optionsImport',
  'optionsImported',
  'optionsExport',
  'optionsRemoveImport',
  'optionsErrorsHeading',
  'optionsTextSmall',
  'optionsTextMedium',
  'optionsTextLarge',
  'optionsAddSite',
  'optionsSitePattern',
  'optionsNoImport',
  'optionsImportedFile',
  'optionsImportHint',
  'optionsWarningsHeading',
  'optionsProblemAt',
  'optionsProblemFix',
  'optionsImportFailed',
  // Context menu items and keyboard command descriptions (manifest `commands`).
  'menuPauseSite',
  'menuPauseEverywhere',
  'commandNextMention',
  'commandPreviousMention',
  'cmdPauseSite',
  'cmdPauseEverywhere',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

/** The label of each entry type (the card's type line, the options' type filter). */
export const ENTRY_TYPE_KEYS = {
  person: 'typePerson',
  place: 'typePlace',
  organization: 'typeOrganization',
  event: 'typeEvent',
  agreement: 'typeAgreement',
  policy: 'typePolicy',
  term: 'typeTerm',
} as const satisfies Record<EntryType, MessageKey>;
