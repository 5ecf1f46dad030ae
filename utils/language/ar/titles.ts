/**
 * Arabic titles written before a name (الرئيس شي، وزير الخارجية وانغ… the word right before it),
 * with the proclitics glued to them (وقال الرئيس → والرئيس، للرئيس، بالرئيس): a short form
 * right after one names a person even where the document never gives the full name.
 */
const BARE = ['الرئيس', 'رئيس', 'الزعيم', 'السيد', 'الوزير', 'وزير', 'نظيره', 'المستشار', 'السفير'];

/** A title with the clitics that may precede it: و ف, then ب ك ل (ل + ال → لل). */
function withClitics(title: string): string[] {
  const article = title.startsWith('ال');
  const inner = article
    ? [title, 'ب' + title, 'ك' + title, 'لل' + title.slice(2)]
    : [title, 'ب' + title, 'ك' + title, 'ل' + title];
  return inner.flatMap((t) => [t, 'و' + t, 'ف' + t]);
}

export const titles: readonly string[] = BARE.flatMap(withClitics);
