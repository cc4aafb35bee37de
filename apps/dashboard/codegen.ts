import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every `graphql()` operation of the dashboard against the committed API schema, so a
 * renamed or removed field breaks `pnpm typecheck` instead of a page at runtime.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string' },
        skipTypename: false,
      },
    },
  },
};

export default codegenConfig;
