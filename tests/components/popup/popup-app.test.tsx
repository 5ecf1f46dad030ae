import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { bundledJson } from '../../fixtures/bundled-kb';
import { PopupApp } from '../../../components/popup/PopupApp';
import { KnowledgeBaseSchema } from '../../../utils/knowledge-base/schema';
import type { PageMentionList } from '../../../utils/messaging/protocol';
import type { PopupBackend } from '../../../utils/popup/popup-backend';
import { mount, one } from '../fixtures';
import { memorySettingsStore } from '../memory-settings-store';

const kb = KnowledgeBaseSchema.parse(bundledJson);
const byId = new Map(kb.entries.map((e) => [e.id, e]));

type FakeBackend = PopupBackend & {
  revealMention: ReturnType<typeof vi.fn>;
  setSitePaused: ReturnType<typeof vi.fn>;
};

function fakeBackend(): FakeBackend {
  return {
    loadEntries: async () => kb.entries,
    getStatus: async () => ({
      source: 'cache',
      version: 'fnv1a64:0123456789abcdef',
      entryCount: 43,
    }),
    getCard: async (id) => ({ entry: byId.get(id)!, sources: kb.sources, related: [] }),
    listMentions: async () => ({
      url: 'https://news.example.com/a',
      active: true,
      complete: true,
      mentions: [
        { entryId: 'almaty', count: 4, firstText: 'ألماتي' },
        { entryId: 'wang-yi', count: 5, firstText: 'وانغ يي' },
      ],
    }),
    revealMention: vi.fn(async () => true),
    setSitePaused: vi.fn(async () => {}),
    setPausedEverywhere: async () => {},
    openOptions: () => {},
  };
}

/** Lets the backend's promises settle and Preact re-render. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

async function type(input: HTMLInputElement, value: string) {
  input.value = value;
  await act(() => void input.dispatchEvent(new Event('input', { bubbles: true })));
}
async function press(target: Element, key: string) {
  await act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
}

describe('PopupApp', () => {
  it('focuses the search box at once, before the data arrives', () => {
    const root = mount(<PopupApp backend={fakeBackend()} settingsStore={memorySettingsStore()} />);
    expect(document.activeElement).toBe(one(root, 'input[type="search"]'));
  });

  it('lists results with the matched part marked, moves with arrows, opens and leaves a card', async () => {
    const root = mount(<PopupApp backend={fakeBackend()} settingsStore={memorySettingsStore()} />);
    await settle();
    const input = one<HTMLInputElement>(root, 'input[type="search"]');
    await type(input, 'Kazakh');
    const options = root.querySelectorAll('[role="option"]');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]!.querySelector('mark')?.textContent).toBe('Kazakh');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);

    await press(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    const chosen = options[1]!.getAttribute('data-entry-id');
    await press(input, 'Enter');
    await settle();
    expect(one(root, '[data-testid="popup-card"]').dataset.entryId).toBe(chosen);

    await press(one(root, '.qarina-card'), 'Escape');
    expect(root.querySelector('[data-testid="popup-card"]')).toBeNull();
    expect(one<HTMLInputElement>(root, 'input[type="search"]').value).toBe('Kazakh');
  });

  it('shows the page’s mentions by type and asks the page to reveal the chosen one', async () => {
    const backend = fakeBackend();
    const root = mount(<PopupApp backend={backend} settingsStore={memorySettingsStore()} />);
    await settle();
    const groups = [...root.querySelectorAll('.qp-group')].map((g) => g.getAttribute('data-type'));
    expect(groups).toEqual(['person', 'place']);
    expect(one(root, '[data-entry-id="wang-yi"] .qp-count').textContent).toBe('Mentions: 5');
    await act(() => one(root, 'button[data-entry-id="almaty"]').click());
    expect(backend.revealMention).toHaveBeenCalledWith('almaty');
  });

  it('speaks Arabic right to left when the card language is Arabic', async () => {
    const settingsStore = memorySettingsStore({ cardLanguage: 'ar' });
    const root = mount(<PopupApp backend={fakeBackend()} settingsStore={settingsStore} />);
    await settle();
    expect(one(root, '.qp-app').getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.dir).toBe('rtl');
    expect(one(root, '[data-testid="on-this-page"] h2').textContent).toBe('في هذه الصفحة');
  });

  it('shows the page’s date in the UI language when the page has one, and nothing when not', async () => {
    const dated = (pageDate: PageMentionList['pageDate']): PopupBackend => ({
      ...fakeBackend(),
      listMentions: async () => ({ url: 'https://news.example.com/a', active: true, complete: true, mentions: [], pageDate }),
    });
    const day = { date: '2025-04-27', precision: 'day', from: 'dateline' } as const;
    for (const [cardLanguage, text] of [
      ['en', 'Published April 27, 2025'],
      ['ar', 'تاريخ النشر: 27 أبريل 2025'],
      ['zh', '发布日期：2025年4月27日'],
      ['ru', 'Опубликовано 27 апреля 2025 г.'],
    ] as const) {
      const root = mount(<PopupApp backend={dated(day)} settingsStore={memorySettingsStore({ cardLanguage })} />);
      await settle();
      expect(one(root, '[data-testid="page-date"]').textContent, cardLanguage).toBe(text);
      root.remove();
    }
    const month = { date: '2025-04', precision: 'month', from: 'url' } as const;
    const root = mount(<PopupApp backend={dated(month)} settingsStore={memorySettingsStore()} />);
    await settle();
    expect(one(root, '[data-testid="page-date"]').textContent).toBe('Published April 2025');
    root.remove();
    for (const none of [null, undefined]) {
      const bare = mount(<PopupApp backend={dated(none)} settingsStore={memorySettingsStore()} />);
      await settle();
      expect(bare.querySelector('[data-testid="page-date"]')).toBeNull();
      bare.remove();
    }
  });

  it('pauses the page’s site through the backend from its switch', async () => {
    const backend = fakeBackend();
    const root = mount(<PopupApp backend={backend} settingsStore={memorySettingsStore()} />);
    await settle();
    const site = one(root, '[data-testid="switch-site"]');
    expect(site.getAttribute('aria-checked')).toBe('true');
    await act(() => site.click());
    expect(backend.setSitePaused).toHaveBeenCalledWith('https://news.example.com/a', true);
  });
});
