// ESLint flat config. It lives under test/ because the repository's top level
// is fixed (electron/, src/, resources/, test/ and a few root files) and lint
// is the first step of `npm test`; `npm run lint` passes it with --config,
// so its patterns are relative to the repository root (the working directory).
import tseslint from 'typescript-eslint'
import boundaries from 'eslint-plugin-boundaries'
import react from 'eslint-plugin-react'

/**
 * Where code runs, and who may import whom (DESIGN.md, Architecture):
 * shared ← core ← main/preview/cli; preload and src see only shared.
 */
const layers = [
  { type: 'shared', pattern: 'electron/shared/**' },
  { type: 'core', pattern: 'electron/core/**' },
  { type: 'main', pattern: 'electron/main/**' },
  { type: 'preload', pattern: 'electron/preload/**' },
  { type: 'preview', pattern: 'electron/preview/**' },
  { type: 'cli', pattern: 'electron/cli/**' },
  { type: 'renderer', pattern: 'src/**' },
  { type: 'resources', pattern: 'resources/**' }
]
const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { types: { anyOf: to } } } } })

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['electron/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } }
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            may('shared', ['shared', 'resources']),
            may('core', ['shared', 'core', 'resources']),
            may('main', ['shared', 'core', 'main', 'resources']),
            may('preview', ['shared', 'core', 'preview', 'resources']),
            may('cli', ['shared', 'core', 'cli', 'resources']),
            may('preload', ['shared', 'preload']),
            may('renderer', ['shared', 'renderer', 'resources'])
          ]
        }
      ],
      // What each runtime may not reach for, whatever the path (the former regex layering test).
      'no-restricted-imports': 'off',
      'no-control-regex': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }]
    }
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(node:|electron$|better-sqlite3$)', message: 'electron/shared runs anywhere: no Node, Electron or database.' }] }]
    }
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'core runs without Electron.' }] }] }
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'electron/preview/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'better-sqlite3', message: 'Only electron/core opens the database.' }] }] }
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(node:|electron$|better-sqlite3$)', message: 'The renderer reaches the app only through window.ecocase.' }] }]
    }
  },
  {
    // Words for people come from the strings files (src/<domain>/<domain>.strings.ts), never from JSX.
    files: ['src/**/*.tsx'],
    plugins: { react },
    rules: {
      // Punctuation and symbols that read the same in both languages may stand in JSX.
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['：', ':', '（', '）', '(', ')', '—', '–', '·', '/', '~', '★', '✓', '✗', '×', '=', '%', '|', ',', '，', '、', '-', '+', '…', '#', '.', '；', ';', '←', '→', '⚠', 'SHA-256', 'SHA-256：'] }]
    }
  }
)
