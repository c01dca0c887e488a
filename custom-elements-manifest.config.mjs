// The custom-elements manifest (dist/custom-elements.json), written at build
// from the components' JSDoc (@attr, @event, @cssproperty, @csspart, @slot).
export default {
  globs: ['src/components/**/*.ts', 'src/embed/diplomatic-journey.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'public-api-only',
      // Internal state (`_name`, declared with `state: true`) is not an
      // attribute, and events the analyzer could not name (fired through a
      // typed event class) are listed by their @event tags instead.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes) d.attributes = d.attributes.filter((a) => !a.name.startsWith('_'));
            if (d.members) d.members = d.members.filter((m) => !m.name.startsWith('_'));
            if (d.events) d.events = d.events.filter((e) => e.name);
          }
        }
      },
    },
  ],
};
