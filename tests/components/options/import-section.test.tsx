import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ImportSection } from '../../../components/options/ImportSection';
import { uiStrings } from '../../../utils/i18n/ui-strings';
import type { OptionsBackend } from '../../../utils/options/options-backend';
import { mount, one } from '../fixtures';

function fakeBackend(): OptionsBackend {
  return {
    getStatus: vi.fn(async () => ({ source: 'cache' as const, version: 'v', entryCount: 43 })),
    importFile: vi.fn(async () => ({ accepted: false as const, problems: [] })),
    removeImport: vi.fn(async () => ({ source: 'cache' as const, version: 'v', entryCount: 43 })),
    exportImport: vi.fn(async () => null),
  };
}

async function choose(root: HTMLElement, file: File) {
  const input = one<HTMLInputElement>(root, '[data-testid="import-file"]');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 10));
  });
}

describe('the options page’s import', () => {
  it('refuses a 50 MB file with a located error without reading or sending it', async () => {
    const backend = fakeBackend();
    const root = mount(<ImportSection backend={backend} strings={uiStrings('en')} />);
    const file = new File([new Uint8Array(50 * 1024 * 1024)], 'huge.json');
    const read = vi.spyOn(file, 'text');

    await choose(root, file);

    expect(read).not.toHaveBeenCalled();
    expect(backend.importFile).not.toHaveBeenCalled();
    const outcome = one(root, '[data-testid="import-outcome"]').textContent ?? '';
    expect(outcome).toMatch(/too large \(52428800 bytes/);
    expect(outcome).toMatch(/Line 1, column 1/);
  });

  it('sends a file within the limit to the background', async () => {
    const backend = fakeBackend();
    const root = mount(<ImportSection backend={backend} strings={uiStrings('en')} />);
    await choose(root, new File(['{}'], 'small.json'));
    expect(backend.importFile).toHaveBeenCalledWith('small.json', '{}');
  });
});
