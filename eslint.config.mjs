// @ts-check
/**
 * Lint rules that keep the layers apart (DESIGN.md: an arrow never points up) and the imports
 * acyclic. `npm run lint`; `npm test` runs it too. Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Module paths the model must never import: anything outside `src/model`. */
const OUTSIDE_MODEL = [
  '~/components/*',
  '~/i18n/*',
  '~/layouts/*',
  '~/pages/*',
  '~/cli/*',
  '~/styles/*',
  'preact',
  'preact/*',
  'astro',
  'astro:*',
  'astro/*',
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'bench/out/**', '.astro/**', 'public/**', '**/*.astro'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs,js}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        history: 'readonly',
        navigator: 'readonly',
        performance: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        queueMicrotask: 'readonly',
        HTMLElement: 'readonly',
        HTMLInputElement: 'readonly',
        HTMLAnchorElement: 'readonly',
        Element: 'readonly',
        Event: 'readonly',
        localStorage: 'readonly',
        alert: 'readonly',
        Buffer: 'readonly',
      },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // The model's Java ports keep Java's names and shapes; tests build hostile input on purpose.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      // Regex escapes such as `\-` in a character class are harmless and often clearer.
      'no-useless-escape': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Control-character ranges are intended: the model reads text as Java does (String.trim, YAML).
      'no-control-regex': 'off',
    },
  },
  {
    // The model is pure: it imports nothing outside itself (no DOM, Preact, Astro, words).
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: OUTSIDE_MODEL, message: 'src/model imports nothing outside src/model (DESIGN.md: layers).' },
            { regex: '^\\.\\./\\.\\./(?!model/)', message: 'src/model imports nothing outside src/model.' },
          ],
        },
      ],
    },
  },
  {
    // Words never import the components that show them (a type, which leaves no code, may be shared).
    files: ['src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/components/*', '../components/*', '~/layouts/*', '~/pages/*'],
              allowTypeImports: true,
              message: 'src/i18n never imports components.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', 'bench/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
