import {en, type IdvStrings} from './en.js';
import {BUILTIN_LOCALES} from './builtin-locales.js';

/**
 * Languages other than English, each in its own module so it loads only when used.
 * Keys are lower-cased BCP 47 tags as matched by {@link matchLocale}. Starts with the built-in ones.
 */
const LOADERS: Record<string, () => Promise<{default: Partial<IdvStrings>}>> = Object.fromEntries(
  Object.entries(BUILTIN_LOCALES).map(([tag, load]) => [tag.toLowerCase(), load]),
);

/** Registers a lazily-loaded language (used by the built-in locale modules and by hosts). */
export function registerLocale(tag: string, load: () => Promise<{default: Partial<IdvStrings>}>): void {
  LOADERS[tag.toLowerCase()] = load;
  LOADED.delete(tag.toLowerCase());
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

/** Tables already loaded, so switching back and forth does not load a language twice. */
const LOADED = new Map<string, Promise<IdvStrings>>();

/**
 * The full string table for `lang`: English, overlaid with the language's entries (so a key a
 * translation lacks reads in English). A language whose file cannot be loaded falls back to English,
 * and is tried again the next time it is asked for.
 */
export function loadStrings(lang: string): Promise<IdvStrings> {
  const tag = matchLocale(lang);
  if (tag === 'en') return Promise.resolve(en);
  let table = LOADED.get(tag);
  if (!table) {
    table = LOADERS[tag]().then(
      ({default: entries}) => ({...en, ...entries}),
      (error: unknown) => {
        LOADED.delete(tag);
        console.warn(`id-verification-profile: could not load the "${tag}" strings, showing English`, error);
        return en;
      },
    );
    LOADED.set(tag, table);
  }
  return table;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

/** Writing direction of a language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(lang.trim().toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}
