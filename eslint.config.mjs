import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'media/',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/migrations/',
      'src/app/(payload)/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    // Settings are read and validated in one place: src/env.ts. Next.js's own build-time marker
    // (`process.env.NEXT_RUNTIME`, inlined by the bundler) is the one exception. Tests, scripts
    // and benches set up processes and read their own switches.
    files: ['src/**/*.{ts,tsx,mjs}', 'collections/**/*.{ts,tsx}', 'payload.config.ts'],
    ignores: ['src/env.ts', 'src/instrumentation.ts', '**/*.spec.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through getEnv() (src/env.ts), the one validated reader.',
        },
      ],
    },
  },
  {
    // Layering: collections/ holds configs that assemble what src/ builds. Code in src/ may take
    // from it only the names other code relies on (slugs) and the closed lists of values
    // (vocabularies); importing a collection's config would pull its whole module graph in.
    files: ['src/**/*.{ts,tsx,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)collections/(?!(slugs|vocabularies)$)',
              message:
                'src/ imports only collections/slugs and collections/vocabularies; move shared code into src/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
)
