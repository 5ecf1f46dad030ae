import { describe, expect, it } from 'vitest';
import { titles } from '../../../../utils/language/ru/titles';

describe('Russian titles', () => {
  it.each(['председатель', 'председателя', 'председателем', 'президенту', 'министром', 'главы'])(
    'include %s',
    (form) => {
      expect(titles).toContain(form);
    },
  );
});
