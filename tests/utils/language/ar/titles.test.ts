import { describe, expect, it } from 'vitest';
import { titles } from '../../../../utils/language/ar/titles';

describe('Arabic titles', () => {
  it.each(['الرئيس', 'والرئيس', 'للرئيس', 'بالرئيس', 'وللرئيس', 'وزير', 'ووزير', 'نظيره'])(
    'include %s',
    (form) => {
      expect(titles).toContain(form);
    },
  );
});
