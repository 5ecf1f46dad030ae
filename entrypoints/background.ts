export default defineBackground(() => {
  // Wired up in the cache step.
});
