import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Folders under src/ that are features (a layer above common/, config/ and database/).
const FEATURE_FOLDERS = [
  'auth',
  'cli',
  'cohorts',
  'health',
  'matches',
  'matching',
  'notifications',
  'participants',
  'reports',
  'scheduler',
  'seed',
  'sessions',
  'settings',
];

const frameworkImports = (why) => [
  { group: ['@nestjs/*'], message: `${why}: no Nest.` },
  {
    group: ['typeorm', 'typeorm/*'],
    message: `${why}: no TypeORM.`,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'client/',
      'coverage/',
      'bench/instances/',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/unbound-method': 'off',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
    },
  },
  // Honest layers (issue 10). Each block sets the whole rule for its files, so the globs
  // must not overlap.
  {
    files: ['src/matching/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...frameworkImports('The matching engine is plain TypeScript'),
            {
              // The engine is flat: any ../ leaves it.
              regex: '^\\.\\./',
              message:
                'The matching engine imports only from its own folder; move the shared type into the engine.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/common/vocabulary.ts',
      'src/common/policy/**/*.ts',
      'src/matches/capacity.ts',
      'src/reports/suppression.ts',
      'src/settings/program-settings.ts',
      'src/**/*-rules.ts',
      'src/**/*-transitions.ts',
    ],
    ignores: ['src/matching/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: frameworkImports(
            'Plain rule modules run under Jest without Nest or a database',
          ),
        },
      ],
    },
  },
  {
    files: ['src/database/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(app\\.module|bootstrap|main)$',
              message: 'database/ is below the application: the app imports it, not the reverse.',
            },
            {
              // Entities are one exception: TypeORM's data source must list them. Plain rule
              // modules (the engine, capacity) are the other: a migration writes the one rule
              // into the database rather than copy it.
              regex: `^(?!(\\.\\./)+(matching/engine/|matches/capacity$))(\\.\\./)+(${FEATURE_FOLDERS.join('|')})/(?!.*\\.entity$)`,
              message:
                'database/ may not import a feature (only its *.entity for the data source).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
