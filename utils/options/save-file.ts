/** Saving a file from an extension page: a download, no browser API (the options page's export). */

/** Saves `text` as a download named `fileName` (a JSON file). */
export function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
