import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import type { ImportOutcome } from '../../utils/imports/import-service';
import { MAX_IMPORT_BYTES, tooLargeProblem } from '../../utils/imports/limits';
import type { DataStatus } from '../../utils/imports/with-imports';
import type { OptionsBackend } from '../../utils/options/options-backend';
import { saveFile } from '../../utils/options/save-file';
import { ProblemList } from './ProblemList';

/** Props of {@link ImportSection}. */
export interface ImportSectionProps {
  backend: OptionsBackend;
  strings: UiStrings;
}

/** Import an additional knowledge-base file, see what is imported, export or remove it. */
export function ImportSection({ backend, strings }: ImportSectionProps) {
  const t = strings.t;
  const [status, setStatus] = useState<DataStatus | undefined>(undefined);
  const [outcome, setOutcome] = useState<ImportOutcome | 'failed' | undefined>(undefined);
  useEffect(() => void backend.getStatus().then(setStatus, () => {}), [backend]);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    input.value = ''; // choosing the same file again (after fixing it) fires change again
    if (file.size > MAX_IMPORT_BYTES) {
      // Not read at all: refused here with the located error the background would give.
      setOutcome({ accepted: false, problems: [tooLargeProblem(file.size, 'bytes')] });
      return;
    }
    try {
      const result = await backend.importFile(file.name, await file.text());
      setOutcome(result);
      if (result.accepted) setStatus(result.status);
    } catch {
      setOutcome('failed');
    }
  };
  const imported = status?.imported;
  return (
    <section class="qo-section" data-testid="import-section">
      <h2>{t('optionsKnowledgeBase')}</h2>
      <p class="qo-note" data-testid="import-status">
        {imported
          ? t('optionsImportedFile', imported.fileName, String(imported.entryCount))
          : t('optionsNoImport')}
      </p>
      <div class="qo-row">
        <label class="qo-button">
          {t('optionsImport')}
          <input
            type="file"
            accept=".json,application/json"
            class="qo-file"
            data-testid="import-file"
            onChange={(e) => void onFile(e.currentTarget)}
          />
        </label>
        {imported && (
          <>
            <button
              type="button"
              onClick={() =>
                void backend
                  .exportImport()
                  .then((file) => file && saveFile(file.fileName, file.text))
              }
            >
              {t('optionsExport')}
            </button>
            <button
              type="button"
              data-testid="remove-import"
              onClick={() =>
                void backend.removeImport().then((s) => {
                  setStatus(s);
                  setOutcome(undefined);
                })
              }
            >
              {t('optionsRemoveImport')}
            </button>
          </>
        )}
      </div>
      <p class="qo-hint">{t('optionsImportHint')}</p>
      <div role="alert" data-testid="import-outcome">
        {outcome === 'failed' && <p class="qo-error">{t('optionsImportFailed')}</p>}
        {outcome && outcome !== 'failed' && !outcome.accepted && (
          <>
            <p class="qo-error">{t('optionsErrorsHeading')}</p>
            <ProblemList problems={outcome.problems} strings={strings} />
          </>
        )}
        {outcome && outcome !== 'failed' && outcome.accepted && outcome.problems.length > 0 && (
          <>
            <p>{t('optionsWarningsHeading')}</p>
            <ProblemList problems={outcome.problems} strings={strings} />
          </>
        )}
      </div>
    </section>
  );
}
