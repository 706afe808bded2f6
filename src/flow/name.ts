/**
 * The rules for the person's full name. Pure: no DOM, shared by the name step, the state machine and
 * the submission so the signed name is exactly the name the person saw.
 */

/** Longest accepted name, in Unicode code points, after normalisation. */
export const MAX_NAME_LENGTH = 200;

/** Why a name was refused; each maps to a message in the string table. */
export type NameProblem = 'name-required' | 'name-too-long' | 'name-invalid-characters' | 'name-needs-letter';

/** The outcome of {@link normalizeName}. */
export type NameResult = {ok: true; name: string} | {ok: false; problem: NameProblem};

// Invisible characters that carry no meaning in a name and only make two equal names differ:
// zero-width space and the byte-order mark. ZWJ/ZWNJ (U+200D/U+200C) are kept: Persian and Indic
// names need them.
const INVISIBLE = /[\u200B\uFEFF]/g;
// C0/C1 controls, line/paragraph separators, and bidirectional embeddings, overrides and isolates:
// these let a name display differently from what it is (e.g. "Trojan Source" reordering), so they
// are refused rather than silently dropped.
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
// Unpaired UTF-16 surrogates cannot be encoded into the signed claims faithfully.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LETTER = /\p{L}/u;

/**
 * Normalises a typed name: Unicode NFC, invisible characters removed, whitespace of any kind
 * collapsed to single spaces, trimmed. Then checks it: 1–200 code points, no control or
 * bidirectional-override characters, at least one letter. Any script is allowed.
 */
export function normalizeName(raw: string): NameResult {
  const withoutInvisible = String(raw).replace(INVISIBLE, '');
  // Checked before whitespace collapsing, which would otherwise hide tabs and newlines (controls).
  const hasForbidden =
    FORBIDDEN.test(withoutInvisible.replace(/[\t\n\r]/g, ' ')) || LONE_SURROGATE.test(withoutInvisible);
  const name = withoutInvisible.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (name.length === 0) return {ok: false, problem: 'name-required'};
  if (hasForbidden) return {ok: false, problem: 'name-invalid-characters'};
  if ([...name].length > MAX_NAME_LENGTH) return {ok: false, problem: 'name-too-long'};
  if (!LETTER.test(name)) return {ok: false, problem: 'name-needs-letter'};
  return {ok: true, name};
}
