// Bundles the three programs (extension host, command line, heap webview) and
// copies the two WASM files the parser needs into dist/. `--watch` rebuilds,
// `--production` minifies.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints esbuild's problems (errors, and warnings: a duplicate `case` is dead code) in the format VS Code's problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[build] started'));
    build.onEnd((result) => {
      for (const [kind, list] of [['✘ [ERROR]', result.errors], ['▲ [WARNING]', result.warnings]]) {
        for (const { text, location } of list) {
          console.error(`${kind} ${text}`);
          if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
        }
      }
      console.log('[build] finished');
    });
  },
};

/**
 * The web build must not load Node's modules: web-tree-sitter only touches
 * them on its Node code path, so in the browser bundle they become empty.
 */
const nodeBuiltinsAway = {
  name: 'node-builtins-away',
  setup(build) {
    build.onResolve({ filter: /^(fs|fs\/promises|path|url|module|os|crypto|worker_threads)$/ }, (a) => ({ path: a.path, namespace: 'empty-node-builtin' }));
    build.onLoad({ filter: /.*/, namespace: 'empty-node-builtin' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcher],
};

// web-tree-sitter is an ES module that reads import.meta.url; a CommonJS bundle has none.
const nodeShim = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const targets = [
  { ...shared, ...nodeShim, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', platform: 'node', target: 'node20', external: ['vscode'] },
  { ...shared, ...nodeShim, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', format: 'cjs', platform: 'node', target: 'node20' },
  // The web extension: browser platform; web-tree-sitter's Node-only branches are never taken there.
  { ...shared, plugins: [problemMatcher, nodeBuiltinsAway], entryPoints: ['src/extension/browserExtension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', platform: 'browser', target: 'es2022', external: ['vscode'], define: { 'import.meta.url': '""' } },
  { ...shared, ...nodeShim, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', format: 'cjs', platform: 'node', target: 'node20', banner: { js: '#!/usr/bin/env node\n' + nodeShim.banner.js } },
  { ...shared, entryPoints: ['media/heap/main.ts'], outfile: 'dist/heap.js', format: 'iife', platform: 'browser', target: 'es2022' },
];

function copyWasm() {
  fs.mkdirSync('dist', { recursive: true });
  const files = [
    [require.resolve('web-tree-sitter/tree-sitter.wasm'), 'dist/tree-sitter.wasm'],
    [path.join(path.dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm'), 'dist/tree-sitter-python.wasm'],
  ];
  for (const [from, to] of files) fs.copyFileSync(from, to);
}

/** All files under `dir` whose name ends with one of `suffixes`. */
function findFiles(dir, suffixes) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return findFiles(p, suffixes);
    return suffixes.some((s) => e.name.endsWith(s)) ? [p] : [];
  });
}

/**
 * `--tests`: node:test files (`*.test.ts`) and the extension-host suite
 * (`test/extension/**.vscode.ts`, run by mocha inside VS Code) → out/test/.
 */
function testTargets() {
  const entries = findFiles('test', ['.test.ts', '.vscode.ts']);
  return [{
    ...shared, ...nodeShim, entryPoints: entries, outdir: 'out/test', outbase: 'test', format: 'cjs', platform: 'node',
    target: 'node20', external: ['vscode', 'mocha', 'playwright-core'],
  }];
}

async function main() {
  if (process.argv.includes('--bench')) {
    await esbuild.build({ ...shared, ...nodeShim, entryPoints: findFiles('bench', ['.ts']), outdir: 'out/bench', format: 'cjs', platform: 'node', target: 'node20' });
    return;
  }
  if (process.argv.includes('--tests')) {
    const ctx = await esbuild.context(testTargets()[0]);
    await ctx.rebuild();
    await ctx.dispose();
    return;
  }
  copyWasm();
  const existing = targets.filter((t) => fs.existsSync(t.entryPoints[0]));
  const contexts = await Promise.all(existing.map((t) => esbuild.context(t)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
  } else {
    await Promise.all(contexts.map((c) => c.rebuild()));
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
