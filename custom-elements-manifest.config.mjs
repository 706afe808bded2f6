// Generates custom-elements.json from the JSDoc in src/. Run `npm run analyze` after changing the public API.
import {readFileSync} from 'node:fs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**', 'src/vision/engine/**', 'src/i18n/locales/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  // The file list comes back from the glob in varying order, and the analyzer's output depends on the
  // order: sort it so that the committed manifest is reproducible (a test compares it byte for byte).
  overrideModuleCreation: ({ts, globs}) =>
    [...globs].sort().map((file) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true)),
};
