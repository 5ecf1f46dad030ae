import { describe, expect, it } from 'vitest';
import { loadMatcher, tryText } from '../../../../scripts/kb-try';
import { nameVariants } from '../../../../utils/language/ar/name-variants';
import { foldKey } from '../../../../utils/text/fold';

describe('nameVariants: Arabic spellings of foreign names', () => {
  it.each([
    ['ng as نج', 'منظمة شانغهاي للتعاون', 'organization', 'منظمة شانجهاي للتعاون'],
    ['ng as نج', 'وانغ يي', 'person', 'وانج يي'],
    ['ng as نك', 'شي جين بينغ', 'person', 'شي جين بينك'],
    ['a given name as one word', 'شي جين بينغ', 'person', 'شي جينبينغ'],
    ['both', 'شي جين بينغ', 'person', 'شي جينبينج'],
    ['-ييف as -يف', 'قاسم جومارت توكاييف', 'person', 'قاسم جومارت توكايف'],
    ['-يف as -ييف', 'توكايف', 'person', 'توكاييف'],
    ['a long vowel left out', 'بيشكيك', 'place', 'بشكيك'],
    ['a long vowel left out', 'بيشكيك', 'place', 'بيشكك'],
    ['a long vowel added', 'أوزبكستان', 'place', 'أوزبيكستان'],
  ])('%s: %s → %s', (_rule, name, type, form) => {
    expect(nameVariants(name, type)).toContain(form);
  });

  it.each([
    ['words with the article keep their spelling', 'الصين', 'place'],
    ['no vowel rules outside names of people and places', 'الطاقة الجديدة', 'term'],
    ['no vowel rules outside names of people and places', 'مجتمع مصير مشترك', 'policy'],
  ])('%s: %s', (_rule, name, type) => {
    expect(nameVariants(name, type)).toEqual([]);
  });
});

describe('Persian letters fold to the Arabic ones', () => {
  it.each([
    ['گ', 'ك', 'بينگ', 'بينك'],
    ['پ', 'ب', 'پوتين', 'بوتين'],
    ['چ', 'ج', 'چين', 'جين'],
    ['ژ', 'ز', 'ژاپن', 'زابن'],
  ])('%s = %s', (_persian, _arabic, a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });
});

/**
 * Ordinary Arabic prose, written for this test: weather, school, market, sport, cooking, travel.
 * No word of it names an entry of the knowledge base, in any spelling the rules generate.
 */
const PROSE = [
  'استيقظ أهل القرية مبكرا على صوت المطر، وخرج الأطفال إلى المدرسة وهم يحملون مظلات ملونة. قالت المعلمة إن الدرس اليوم عن الفصول الأربعة، وطلبت من كل طالب أن يكتب شيئا عن فصله المفضل.',
  'في السوق القديم يبيع التجار الخضار والفواكه والتوابل، ويتجادل الناس حول الأسعار كما يفعلون كل أسبوع. اشترت جدتي كيلو من الطماطم وبعض الخبز الطازج، ثم جلست في المقهى تشرب الشاي مع جاراتها.',
  'فاز الفريق المحلي في المباراة النهائية بهدفين مقابل هدف واحد، واحتفل المشجعون في الشوارع حتى منتصف الليل. وقال المدرب إن اللاعبين قدموا أداء رائعا رغم التعب والحر الشديد.',
  'لتحضير الطبق تحتاج إلى الأرز والعدس والبصل والزيت. اغسل الأرز جيدا، ثم اطبخه على نار هادئة مع قليل من الملح، ولا تنس أن تحرك القدر من وقت لآخر. هذا شي بسيط يتعلمه الجميع.',
  'سافرنا بالقطار عبر الجبال والوديان، ومررنا بقرى صغيرة وحقول واسعة من القمح. كان الطريق طويلا لكن المناظر جميلة، وفي المساء وصلنا إلى فندق هادئ بجانب البحيرة.',
  'يرى الخبراء أن التعاون بين الجامعات والشركات يفتح فرصا جديدة للشباب، وأن الطاقة والمياه والتعليم من أهم القضايا في السنوات المقبلة. وأضاف أحدهم أن المجتمع كله مسؤول عن حماية البيئة.',
  'بنى جارنا بيتا جديدا من طابقين، وزرع في الحديقة أشجار الليمون والزيتون والتين. ويقول إنه سيدعو الأصدقاء والأقارب إلى وليمة كبيرة عندما ينتهي العمل في الشتاء القادم.',
];

describe('ordinary Arabic text', () => {
  const matcher = loadMatcher();
  it.each(PROSE.map((p, i) => [i + 1, p]))('paragraph %i has no mention', (_i, text) => {
    expect(tryText(text as string, matcher).map((m) => m.text)).toEqual([]);
  });
});
