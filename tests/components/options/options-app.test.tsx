import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { OptionsBackend } from '../../../utils/options/options-backend';
import { mount, one } from '../fixtures';
import { memorySettingsStore } from '../memory-settings-store';

const status = { source: 'cache' as const, version: 'v', entryCount: 43 };
const backend: OptionsBackend = {
  getStatus: async () => status,
  importFile: async () => ({ accepted: false, problems: [] }),
  removeImport: async () => status,
  exportImport: async () => null,
};

/** Lets the store's promises settle and Preact re-render. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 10)));

describe('OptionsApp', () => {
  it('shows the stored settings and stores each change at once, saying so', async () => {
    const settingsStore = memorySettingsStore({ theme: 'light' });
    const root = mount(<OptionsApp backend={backend} settingsStore={settingsStore} />);
    await settle();
    const checked = one<HTMLInputElement>(root, '[data-testid="theme"] input:checked');
    expect(checked.value).toBe('light');
    expect(one(root, '[data-testid="saved"]').textContent).toBe('');

    await act(() => one(root, '[data-testid="theme"] input[value="dark"]').click());
    await settle();
    expect((await settingsStore.load()).theme).toBe('dark');
    expect(one(root, '[data-testid="saved"]').textContent).not.toBe('');
  });

  it('turns the card in time off and on (one checkbox, described by its hint)', async () => {
    const settingsStore = memorySettingsStore();
    const root = mount(<OptionsApp backend={backend} settingsStore={settingsStore} />);
    await settle();
    const box = one<HTMLInputElement>(root, 'input[name="cardInTime"]');
    expect(box.checked).toBe(true);
    expect(root.querySelector(`#${box.getAttribute('aria-describedby')}`)?.textContent).toMatch(
      /publication date/,
    );
    await act(() => box.click());
    await settle();
    expect((await settingsStore.load()).cardInTime).toBe(false);
  });

  it('follows a change made elsewhere (the store’s watch)', async () => {
    const settingsStore = memorySettingsStore();
    const root = mount(<OptionsApp backend={backend} settingsStore={settingsStore} />);
    await settle();
    await act(async () => void (await settingsStore.update((s) => ({ ...s, cardLanguage: 'ar' }))));
    expect(one(root, '.qo-app').getAttribute('dir')).toBe('rtl');
  });
});
