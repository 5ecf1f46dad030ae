/**
 * Every test folds as the background, popup and options pages do: with the languages' shipped
 * fold tables installed (content scripts get them with the lexicon; tests of that path install
 * other tables themselves, see tests/utils/text/fold-tables.test.ts).
 */
import { useBundledFoldTables } from '../../utils/text/fold-tables';

useBundledFoldTables();
