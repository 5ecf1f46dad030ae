/**
 * Chinese dates: "2025年4月25日" (with or without spaces, with full-width digits folded by
 * `zeros`). A dateline without its year (新华社阿拉木图4月25日电) says too little to date a page.
 */
import type { DateWords } from '../date-words';

export const dates: DateWords = {
  months: {},
  patterns: ['(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*[日号]'],
  updated: ['更新', '修改', '最后更新', '更新时间', '更新於', '更新于'],
  talkedAbout: ['于', '自', '从', '到', '至', '截至', '在', '和', '与'],
  copyright: ['版权所有', '版权'],
  zeros: [0xff10],
};
