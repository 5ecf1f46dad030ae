import type { Source, SourceRef } from '../../utils/knowledge-base/schema';
import type { UiStrings } from '../../utils/i18n/ui-strings';
import { guessLang, safeHttpUrl } from './card-text';

/** Props of {@link SourceLink}. */
export interface SourceLinkProps {
  /** A source id ("S15") or the dispatch sentence that states the fact. */
  source: SourceRef;
  /** The knowledge base's sources table (at least the ids this card cites). */
  sources: Readonly<Record<string, Source>>;
  strings: UiStrings;
}

/**
 * One source of a fact: its title as a link that opens in a new tab (http(s) only, without an
 * opener or referrer: the source site learns nothing of the page being read); a title
 * without a safe URL stays plain text; the dispatch expands to the quoted sentence.
 */
export function SourceLink({ source, sources, strings }: SourceLinkProps) {
  if (typeof source !== 'string')
    return <DispatchQuote sentence={source.dispatch} strings={strings} />;
  const entry = sources[source];
  // A dangling id is a data bug kb:check reports; show the id rather than hide the citation.
  if (!entry) return <span class="qc-source qc-source-missing">{source}</span>;
  const href = safeHttpUrl(entry.url);
  const attrs = { lang: guessLang(entry.title), dir: 'auto' } as const;
  if (!href)
    return (
      <span class="qc-source" {...attrs}>
        {entry.title}
      </span>
    );
  return (
    <a
      class="qc-source"
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      title={href}
      {...attrs}
    >
      {entry.title}
      <span class="qc-visually-hidden"> {strings.t('cardOpensInNewTab')}</span>
    </a>
  );
}

interface DispatchQuoteProps {
  sentence: string;
  strings: UiStrings;
}

/** "the dispatch": hover shows the sentence as a tooltip; click or Enter expands it in place. */
function DispatchQuote({ sentence, strings }: DispatchQuoteProps) {
  return (
    <details class="qc-dispatch">
      <summary class="qc-source" title={sentence}>
        {strings.t('cardTheDispatch')}
      </summary>
      <blockquote
        class="qc-quote"
        lang={guessLang(sentence)}
        dir="auto"
        aria-label={strings.t('cardQuotedInDispatch')}
      >
        {sentence}
      </blockquote>
    </details>
  );
}
