import {en, type IdvStrings} from './en.js';

/**
 * Languages other than English, each in its own module so it loads only when used.
 * Keys are BCP 47 tags as matched by {@link matchLocale}.
 */
const LOADERS: Record<string, () => Promise<{default: Partial<IdvStrings>}>> = {};

/** Registers a lazily-loaded language (used by the built-in locale modules and by hosts). */
export function registerLocale(tag: string, load: () => Promise<{default: Partial<IdvStrings>}>): void {
  LOADERS[tag.toLowerCase()] = load;
}

/** The registered language tag that best matches `lang` (exact, then primary subtag), or `en`. */
export function matchLocale(lang: string): string {
  const wanted = lang.trim().toLowerCase();
  if (!wanted) return 'en';
  if (LOADERS[wanted]) return wanted;
  const primary = wanted.split('-')[0];
  if (LOADERS[primary]) return primary;
  const sibling = Object.keys(LOADERS).find((tag) => tag.split('-')[0] === primary);
  return sibling ?? 'en';
}

/** The full string table for `lang`: English, overlaid with the language's entries. */
export async function loadStrings(lang: string): Promise<IdvStrings> {
  const tag = matchLocale(lang);
  if (tag === 'en') return en;
  const {default: table} = await LOADERS[tag]();
  return {...en, ...table};
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Writing direction of a language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.trim().toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
