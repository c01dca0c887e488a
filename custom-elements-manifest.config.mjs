// The custom-elements manifest (dist/custom-elements.json), written at build
// from the components' JSDoc (@attr, @event, @cssproperty, @csspart, @slot).
export default {
  globs: ['src/components/**/*.ts', 'src/embed/diplomatic-journey.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
