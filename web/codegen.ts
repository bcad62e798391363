import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the SPA, generated from the committed API schema.
 * One operation (or fragment) per `.graphql` file, colocated with the composable using it.
 * `documentMode: 'string'` emits plain strings, so no graphql runtime ships to the browser.
 * Output is deterministic for a given schema and documents; never edit it by hand.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
};

export default config;
