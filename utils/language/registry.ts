/**
 * The languages Qarina knows, each in its own folder (utils/language/<code>/). Generic code takes
 * what it needs from this list, resolved once when its module loads; adding a language is a new
 * folder and one line here.
 */
import { arabic } from './ar';
import { chinese } from './zh';
import { english } from './en';
import type { Language } from './language';
import { russian } from './ru';

export const LANGUAGES: readonly Language[] = [arabic, english, chinese, russian];
