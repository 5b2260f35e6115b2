// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Purity of the core (see README, "Architecture"): a file may import only the
 * listed packages (and their subpaths, e.g. `xstate/graph`) and relative paths
 * that stay inside the listed folders. Checks static imports, re-exports,
 * dynamic `import()` and `require()`.
 */
const onlyImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Allow imports only from the listed packages and folders' },
    schema: [
      {
        type: 'object',
        properties: {
          packages: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
        },
        required: ['packages', 'folders'],
        additionalProperties: false,
      },
    ],
    messages: {
      package: "'{{source}}' is not allowed here: {{where}} may import only {{allowed}}.",
      escape: "'{{source}}' leaves {{folders}}: {{where}} may import only {{allowed}}.",
    },
  },
  create(context) {
    const { packages, folders } = context.options[0];
    const where = path.relative(ROOT, context.filename).split(path.sep)[0] + '/';
    const allowed = [...packages, ...folders.map((f) => `${f}/ (relative paths)`)].join(', ');
    const roots = folders.map((f) => path.join(ROOT, f) + path.sep);

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = path.resolve(path.dirname(context.filename), source);
        if (!roots.some((r) => (target + path.sep).startsWith(r))) {
          context.report({ node, messageId: 'escape', data: { source, where, allowed, folders: folders.join('/, ') + '/' } });
        }
        return;
      }
      if (!packages.some((p) => source === p || source.startsWith(`${p}/`))) {
        context.report({ node, messageId: 'package', data: { source, where, allowed } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node.moduleReference.expression, node.moduleReference.expression.value),
      'CallExpression[callee.name="require"]': (node) => {
        const arg = node.arguments[0];
        if (arg && arg.type === 'Literal') check(arg, arg.value);
      },
    };
  },
};

/** Time is an input and there is no I/O in the core: no clock, no environment, no console. */
const pureCore = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "MemberExpression[object.name='Date'][property.name='now']",
      message: 'Date.now() reads the clock: take the date as an input (asOf).',
    },
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'new Date() without arguments reads the clock: take the date as an input (asOf).',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'Date() reads the clock: take the date as an input (asOf).',
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'No environment in the core: pass values in as arguments.' },
    { name: 'console', message: 'No console output in the core: return results to the caller.' },
  ],
};

export default defineConfig(
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      'next-env.d.ts',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {},
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // TypeScript already reports undefined names; `no-undef` misreads type-only globals.
      'no-undef': 'off',
    },
  },
  {
    // Plain CommonJS loaded by Node before Next.js (server/preload.cjs) and by next.config.js.
    files: ['server/**/*.cjs', 'next.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The plain-HTML bypass is fenced in components/plain-html/ (ADR 23): from
    // outside it only its entry point (components/plain-html/index.tsx), and
    // React's HTML renderer nowhere else. lib/ holds no React and no Next.js (ADR 4).
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['components/plain-html/**', 'tests/**', 'scripts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-dom/server', message: 'React\'s HTML renderer is used only in components/plain-html/ (ADR 23).' }],
          patterns: [{ group: ['**/plain-html/*'], message: 'Use the entry point, components/plain-html (plainHtml), not its parts (ADR 23).' }],
        },
      ],
    },
  },
  {
    files: ['lib/**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react-dom/server', message: 'React\'s HTML renderer is used only in components/plain-html/ (ADR 23).' }],
          patterns: [
            { group: ['**/plain-html', '**/plain-html/*'], message: 'lib/ draws no HTML: the plain-HTML bypass is in components/plain-html/ (ADR 23).' },
            { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*'], message: 'lib/ holds no React and no Next.js (ADR 4).' },
            { group: ['**/components/*', '**/components/**', '**/app/*', '**/app/**'], message: 'lib/ is below components/ and app/: they import lib/, never the other way (ADR 4).' },
          ],
        },
      ],
    },
  },
  {
    files: ['rules/**/*.{ts,tsx,js,mjs}'],
    plugins: { pathway: { rules: { 'only-imports': onlyImports } } },
    rules: {
      'pathway/only-imports': ['error', { packages: ['zod'], folders: ['rules'] }],
      ...pureCore,
    },
  },
  {
    files: ['machines/**/*.{ts,tsx,js,mjs}'],
    plugins: { pathway: { rules: { 'only-imports': onlyImports } } },
    rules: {
      'pathway/only-imports': ['error', { packages: ['xstate', 'zod'], folders: ['machines', 'rules'] }],
      ...pureCore,
    },
  },
);
