// Custom-elements manifest for every package: read by Storybook's docs and controls, shipped to embedders.
export default {
  globs: ['packages/*/src/**/*.ts'],
  exclude: [
    'packages/*/src/**/*.test.ts',
    'packages/*/src/test/**',
    'packages/*/src/testing/**',
    'packages/core/**',
  ],
  litelement: true,
  outdir: '.',
};
