/**
 * Deterministic news pages for benchmarks: the dispatch's own Arabic paragraphs mixed with
 * English, Chinese and Russian sentences that mention the knowledge base's entities, with inline
 * markup (<b>, <a>, <span>) around some names and words, grown to a target amount of text.
 * The same arguments always give the same page (seeded PRNG), so runs compare like with like.
 */
import type { Alias, KnowledgeBase } from '../../utils/knowledge-base/schema';
import { aliasObject } from '../../utils/knowledge-base/model';
import { createRandom, type Random } from './generate-entries';

/** A generated page: the body's HTML and how much text it holds. */
export interface GeneratedPage {
  html: string;
  /** Characters of text content (what a scanner reads), ≥ the target. */
  textLength: number;
  paragraphs: number;
}

type Lang = 'en' | 'zh' | 'ru';

const TEMPLATES: Record<Lang, readonly string[]> = {
  en: [
    '{0} met {1} in {2} on Tuesday to discuss trade, energy and regional security.',
    'According to officials, {0} and {1} agreed to expand cooperation before the summit.',
    'The talks in {2} followed a visit by {0}, who praised the role of {1}.',
    'Analysts said the meeting between {0} and {1} signalled closer ties across the region.',
  ],
  zh: [
    '{0}与{1}在{2}举行会谈，双方就贸易和安全合作深入交换了意见。',
    '据报道，{0}表示愿同{1}加强战略沟通，推动务实合作。',
    '{2}会议期间，{0}会见了{1}，强调共建“一带一路”的重要意义。',
  ],
  ru: [
    '{0} и {1} провели переговоры в {2}, обсудив торговлю и безопасность.',
    'По словам официальных лиц, {0} поддержал предложение {1} о расширении сотрудничества.',
    'Встреча в {2} стала продолжением диалога, который {0} начал вместе с {1}.',
  ],
};

const FILLER: Record<Lang, readonly string[]> = {
  en: [
    'Markets were calm ahead of the announcement.',
    'Further details were not immediately available.',
  ],
  zh: ['市场对此反应平稳。', '更多细节尚未公布。'],
  ru: ['Рынки отреагировали спокойно.', 'Подробности пока не сообщаются.'],
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Names per language (highlightable display names and aliases) of the knowledge base. */
function namesByLang(kb: KnowledgeBase): Record<Lang, string[]> {
  const out: Record<Lang, string[]> = { en: [], zh: [], ru: [] };
  const texts = (aliases: readonly Alias[] | undefined) =>
    (aliases ?? [])
      .map(aliasObject)
      .filter((a) => !a.searchOnly)
      .map((a) => a.text);
  for (const entry of kb.entries)
    for (const lang of ['en', 'zh', 'ru'] as const) out[lang].push(...texts(entry.names[lang]));
  return out;
}

/** Wraps a name in inline markup now and then, as news sites link and bold names. */
function markup(random: Random, text: string): string {
  const r = random.next();
  const safe = escapeHtml(text);
  if (r < 0.15) return `<b>${safe}</b>`;
  if (r < 0.3) return `<a href="#e${random.int(1, 999)}">${safe}</a>`;
  if (r < 0.4) return `<span class="name">${safe}</span>`;
  return safe;
}

function sentence(
  random: Random,
  lang: Lang,
  names: Record<Lang, string[]>,
): [html: string, text: string] {
  if (random.next() < 0.25) {
    const text = random.pick(FILLER[lang]);
    return [escapeHtml(text), text];
  }
  const picks = [0, 1, 2].map(() => random.pick(names[lang]));
  const parts = random.pick(TEMPLATES[lang]).split(/(\{\d\})/);
  let html = '';
  let text = '';
  for (const part of parts) {
    const slot = /^\{(\d)\}$/.exec(part);
    const value = slot ? picks[Number(slot[1])]! : part;
    html += slot ? markup(random, value) : escapeHtml(value);
    text += value;
  }
  return [html, text];
}

/** An Arabic dispatch paragraph with one word here and there in inline markup. */
function arabicParagraph(random: Random, paragraph: string): string {
  return paragraph
    .split(' ')
    .map((word) => (random.next() < 0.06 ? markup(random, word) : escapeHtml(word)))
    .join(' ');
}

/**
 * A page of about `targetChars` characters of text: dispatch paragraphs (from `dispatch`, the
 * dispatch's plain text) alternating with paragraphs of 2–5 foreign-language sentences, with an
 * <h2> every 20 paragraphs and a list now and then.
 */
export function generatePage(
  kb: KnowledgeBase,
  dispatch: string,
  targetChars: number,
  seed = 7,
): GeneratedPage {
  const random = createRandom(seed);
  const names = namesByLang(kb);
  const dispatchParagraphs = dispatch
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
  const blocks: string[] = [];
  let textLength = 0;
  let paragraphs = 0;
  while (textLength < targetChars) {
    if (paragraphs % 20 === 0) {
      const [html, text] = sentence(random, random.pick(['en', 'zh', 'ru'] as const), names);
      blocks.push(`<h2>${html}</h2>`);
      textLength += text.length;
    }
    if (paragraphs % 2 === 0) {
      const paragraph = dispatchParagraphs[(paragraphs / 2) % dispatchParagraphs.length]!;
      blocks.push(`<p dir="rtl" lang="ar">${arabicParagraph(random, paragraph)}</p>`);
      textLength += paragraph.length;
    } else {
      const lang = random.pick(['en', 'zh', 'ru'] as const);
      const parts = Array.from({ length: random.int(2, 5) }, () => sentence(random, lang, names));
      const sep = lang === 'zh' ? '' : ' ';
      const html = parts.map((p) => p[0]).join(sep);
      const tag = random.next() < 0.1 ? 'ul' : 'p';
      blocks.push(
        tag === 'ul' ? `<ul lang="${lang}"><li>${html}</li></ul>` : `<p lang="${lang}">${html}</p>`,
      );
      textLength += parts.map((p) => p[1]).join(sep).length;
    }
    paragraphs++;
  }
  return { html: `<article>\n${blocks.join('\n')}\n</article>`, textLength, paragraphs };
}
