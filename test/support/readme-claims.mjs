// The README's claims example is a real submission's claims, so it cannot drift from the format.
//
// The end-to-end vision test keeps the claims of the two-sided flow it submitted in
// test/.generated/claims-example.json and checks that the README's example has exactly their shape
// (every member, every check name). `node test/support/readme-claims.mjs` rewrites the example from
// that file (run `npm test` first), with the origin, nonce and camera label made readable.
import {readFileSync, writeFileSync} from 'node:fs';

export const GENERATED_CLAIMS = 'test/.generated/claims-example.json';
const START = '<!-- claims-example: written by test/support/readme-claims.mjs from a real submission -->\n```json\n';
const END = '\n```';

/** The README's example, parsed. */
export function readmeClaimsExample(readme = readFileSync('README.md', 'utf8')) {
  const at = readme.indexOf(START);
  if (at < 0) throw new Error('README: the claims example marker is missing');
  const from = at + START.length;
  return JSON.parse(readme.slice(from, readme.indexOf(END, from)));
}

/** The shape of a JSON value: object members (sorted) and leaf types, so values may differ but names may not. */
export function shapeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, shapeOf(value[k])]));
  return typeof value;
}

/** Real claims made readable for the README: a fixed origin, nonce and time, values rounded. */
export function readable(claims) {
  const round = (v) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 1000) / 1000 : v);
  const captures = Object.fromEntries(
    Object.entries(claims.captures).map(([kind, c]) => [
      kind,
      {
        ...c,
        at: 1764129987123 + (kind === 'document' ? 4000 : 0),
        camera: {...c.camera, label: kind === 'selfie' ? 'Integrated Camera (04f2:b6d9)' : 'Integrated Camera (04f2:b6d9)'},
        checks: Object.fromEntries(Object.entries(c.checks).map(([n, check]) => [n, {value: round(check.value), verdict: check.verdict}])),
      },
    ]),
  );
  return {...claims, iat: 1764130000, nonce: 'v1.1764130600.3q2-7w…', origin: 'https://shop.example', sub: 'person-42', name: 'Zoë Ångström', captures};
}

/** The example block as written in the README: one line per check. */
function format(claims) {
  const json = JSON.stringify(claims, null, 2);
  // Checks and camera objects on one line each, as a person would write them.
  return json.replace(/\{\n\s+"(value|label)"[^}]*\}/g, (block) => block.replace(/\s*\n\s*/g, ' ').replace('{ ', '{').replace(' }', '}'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const claims = readable(JSON.parse(readFileSync(GENERATED_CLAIMS, 'utf8')));
  const readme = readFileSync('README.md', 'utf8');
  const at = readme.indexOf(START);
  if (at < 0) throw new Error('README: the claims example marker is missing');
  const from = at + START.length;
  const to = readme.indexOf(END, from);
  writeFileSync('README.md', readme.slice(0, from) + format(claims) + readme.slice(to));
  console.log('README claims example rewritten from', GENERATED_CLAIMS);
}
