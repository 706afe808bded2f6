/**
 * The languages that ship with the element besides English. Each is registered with a loader, so its
 * table is fetched only when a page uses that language: a separate chunk in the ESM build, and a
 * separate file next to the script-tag bundle (`locales/<tag>.js`, see rollup.config.mjs).
 *
 * Kept apart from locales.ts so the loaders are plain `import('./locales/<tag>.js')` expressions that
 * the script-tag build can find and rewrite.
 */
import type {IdvStrings} from './en.js';

type Loader = () => Promise<{default: Partial<IdvStrings>}>;

/** Tag → loader, in the order they are registered. `pt-BR` also serves plain `pt`. */
export const BUILTIN_LOCALES: Readonly<Record<string, Loader>> = {
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  de: () => import('./locales/de.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ar: () => import('./locales/ar.js'),
  hi: () => import('./locales/hi.js'),
};
