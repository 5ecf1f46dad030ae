import type { Fact, Source } from '../../utils/knowledge-base/schema';
import type { CardLanguage } from '../../utils/knowledge-base/model';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { factText, textAttrs } from './card-text';
import { FactTime } from './FactTime';
import { SourceLink } from './SourceLink';

/** Props of {@link FactList}. */
export interface FactListProps {
  facts: readonly Fact[];
  readerLang: CardLanguage;
  /** The knowledge base's sources table (at least the ids these facts cite). */
  sources: Readonly<Record<string, Source>>;
  strings: UiStrings;
}

/** The entry's key facts: text, when it held, and its sources. */
export function FactList({ facts, readerLang, sources, strings }: FactListProps) {
  if (facts.length === 0) return null;
  return (
    <ul class="qc-facts" aria-label={strings.t('cardFacts')}>
      {facts.map((fact, i) => (
        <FactItem key={i} fact={fact} readerLang={readerLang} sources={sources} strings={strings} />
      ))}
    </ul>
  );
}

interface FactItemProps extends Omit<FactListProps, 'facts'> {
  fact: Fact;
}

function FactItem({ fact, readerLang, sources, strings }: FactItemProps) {
  const shown = factText(fact, readerLang);
  return (
    <li class="qc-fact" data-ended={fact.until === undefined ? undefined : 'true'}>
      <p class="qc-fact-text" {...textAttrs(shown.lang)}>
        {shown.text}
      </p>
      <div class="qc-fact-meta">
        <FactTime fact={fact} readerLang={readerLang} strings={strings} />
        {shown.fallback && <span class="qc-fallback">{strings.t('cardShownInEnglish')}</span>}
        <span class="qc-sources" role="group" aria-label={strings.t('cardSources')}>
          {fact.sources.map((source, j) => (
            <SourceLink key={j} source={source} sources={sources} strings={strings} />
          ))}
        </span>
      </div>
    </li>
  );
}
