// Generates custom-elements.json from the JSDoc in src/. Run `npm run analyze` after changing the public API.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/server/**', 'src/i18n/locales/**', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
