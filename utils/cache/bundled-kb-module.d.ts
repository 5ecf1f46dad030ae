/** Served at build time by scripts/lib/bundled-kb.ts: the packaged knowledge base's version and size. */
declare module 'virtual:qarina/bundled-kb' {
  const info: import('./bundled-data').PackagedFileInfo;
  export default info;
}
