// Fuzzing, bounded in count and time: mutations of real programs (lines and
// tokens deleted or duplicated, brackets unbalanced, indentation broken) and
// generated pathological inputs. For each: no exception escapes, no internal
// error, the run stays within its budget, every interval is well formed.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ROOT } from '../helpers/engine';
import type { AnalysisResult } from '../../src/analysis/results/resultTypes';

/** Mutants per seed file; with MAX_SEEDS seed files at most 4,800 analyses (~40 s). */
const MUTANTS_PER_FILE = 12;
const BUDGET_MS = 1500;

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function mutate(src: string, r: () => number): string {
  const lines = src.split('\n');
  const pick = (n: number): number => Math.floor(r() * n);
  switch (pick(7)) {
    case 0: lines.splice(pick(lines.length), 1); break;
    case 1: { const i = pick(lines.length); lines.splice(i, 0, lines[i]); break; }
    case 2: { const i = pick(lines.length); lines[i] = lines[i].slice(0, pick(lines[i].length + 1)); break; }
    case 3: { const i = pick(lines.length); lines[i] = '    ' + lines[i]; break; }
    case 4: { const i = pick(lines.length); lines[i] = lines[i].replace(/^\s+/, ''); break; }
    case 5: { const i = pick(lines.length); lines[i] += ['(', '[', '{', ')', ']', ':', ',', ' = '][pick(8)]; break; }
    default: {
      const toks = src.split(/(\s+)/);
      const i = pick(toks.length);
      toks.splice(i, 0, toks[pick(toks.length)] ?? '');
      return toks.join('');
    }
  }
  return lines.join('\n');
}

function check(r: AnalysisResult, what: string): void {
  const bug = r.diagnostics.find((d) => d.code === 'internal-error');
  assert.equal(bug, undefined, `${what}: ${bug?.message}`);
  for (const l of r.lines) for (const iv of Object.values(l.refcounts)) {
    assert.ok(iv[0] >= 0 && (iv[1] === null || iv[1] >= iv[0]), `${what}: bad interval ${JSON.stringify(iv)} at line ${l.line}`);
  }
}

/**
 * Seed files: the examples and the public oracle cases, and an even spread of the own cases (every
 * k-th, so each set is drawn from) up to MAX_SEEDS in all, which bounds the suite's time as the
 * case folder grows (1,700 own cases took 215 s; RCL_FUZZ_ALL=1 takes them all).
 */
const MAX_SEEDS = 400;
const pyIn = (dir: string): string[] => fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(dir, f)) : [];
const fixedSeeds = [...pyIn(path.join(ROOT, 'examples')), ...pyIn(path.join(ROOT, '..', 'shared', 'oracle', 'cases'))];
const ownCases = pyIn(path.join(ROOT, 'test', 'cases'));
const room = Math.max(0, MAX_SEEDS - fixedSeeds.length);
const stride = process.env.RCL_FUZZ_ALL ? 1 : Math.max(1, Math.ceil(ownCases.length / Math.max(1, room)));
const seeds = [...fixedSeeds, ...ownCases.filter((_, i) => i % stride === 0)];

test(`mutations of ${seeds.length} real programs`, async () => {
  let n = 0;
  for (const [k, file] of seeds.entries()) {
    const r = rng(k + 1);
    let src = fs.readFileSync(file, 'utf8');
    for (let i = 0; i < MUTANTS_PER_FILE; i++) {
      src = mutate(src, r);
      const t0 = Date.now();
      const res = await analyze(src, { budgetMs: BUDGET_MS, python: (['3.11', '3.12', '3.13', '3.14'] as const)[i % 4], snapshots: i % 3 === 0, holders: i % 2 === 0 });
      assert.ok(Date.now() - t0 < BUDGET_MS * 4, `${path.basename(file)} mutant ${i} took ${Date.now() - t0} ms`);
      check(res, `${path.basename(file)} mutant ${i}`);
      n++;
    }
  }
  assert.ok(n >= seeds.length * MUTANTS_PER_FILE);
});

const pathological: [string, () => string][] = [
  ['100,000 lines', () => Array.from({ length: 100000 }, (_, i) => `x${i % 97} = [${i}, x${(i + 1) % 97}]`).join('\n')],
  ['1,000-deep brackets', () => 'x = ' + '('.repeat(1000) + '1' + ')'.repeat(1000)],
  ['1,000-deep calls', () => 'x = ' + 'f('.repeat(1000) + ')'.repeat(1000)],
  ['a 10 MB line', () => 'x = "' + 'a'.repeat(10 * 1024 * 1024) + '"'],
  ['binary bytes', () => Buffer.from(Array.from({ length: 100000 }, (_, i) => (i * 131 + 7) % 256)).toString('latin1')],
  ['NUL bytes', () => 'a = 1\0\0\nb = a\n'],
];
for (const [name, make] of pathological) {
  test(`pathological: ${name}`, async () => {
    const t0 = Date.now();
    const res = await analyze(make(), { budgetMs: 2000 });
    check(res, name);
    assert.ok(Date.now() - t0 < 30000, `${name}: ${Date.now() - t0} ms`);
  });
}

test('the same mutations as edits through EngineHost give the fresh analysis', async () => {
  const { EngineHost, spanOfChange } = await import('../../src/analysis/engineHost');
  const host = await EngineHost.create({ treeSitter: path.join(ROOT, 'dist', 'tree-sitter.wasm'), python: path.join(ROOT, 'dist', 'tree-sitter-python.wasm') });
  const strip = (x: AnalysisResult): AnalysisResult => ({ ...x, timing: undefined });
  try {
    // Every third seed: the edit paths (splice, reparse, lowering cache) on broken and mended code.
    for (const [k, file] of seeds.entries()) {
      if (k % 3) continue;
      const r = rng(k + 101);
      let src = fs.readFileSync(file, 'utf8');
      const options = { budgetMs: 20_000, python: '3.12' as const };
      host.analyze(file, src, undefined, options);
      for (let i = 0; i < MUTANTS_PER_FILE; i++) {
        const next = mutate(src, r);
        const c = spanOfChange(src, next);
        const got = host.analyze(file, next, c ? [c] : [], options);
        check(got, `${path.basename(file)} edit ${i}`);
        const fresh = await analyze(next, options);
        // (a run cut by the time budget stops wherever the clock says: two runs cannot be compared)
        const cut = (x: AnalysisResult): boolean => !!x.incomplete || x.diagnostics.some((d) => d.code === 'analysis-incomplete');
        if (!cut(got) && !cut(fresh)) assert.deepEqual(strip(got), strip(fresh), `${path.basename(file)} edit ${i}`);
        src = next;
      }
      host.close(file);
    }
    assert.ok(host.stats.spliced > 0, `spliced ${host.stats.spliced}, reparsed ${host.stats.reparsed}`);
  } finally {
    host.dispose();
  }
});

// Every builtin function and module function the model follows, and the methods of
// the builtin types, called with no, too few, too many and odd arguments: each call
// is either followed or raises (TypeError, ...) as CPython would; none is an internal error.
const RECEIVERS: [string, string, string[]][] = [
  ['list', '[1.5, 2.5]', ['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort', '__getitem__', '__len__', '__contains__', '__iter__']],
  ['dict', '{"a": 1.5}', ['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values', '__getitem__', '__contains__']],
  ['set', '{1.5}', ['add', 'clear', 'copy', 'difference', 'difference_update', 'discard', 'intersection', 'intersection_update', 'isdisjoint', 'issubset', 'issuperset', 'pop', 'remove', 'symmetric_difference', 'symmetric_difference_update', 'union', 'update']],
  ['frozenset', 'frozenset([1.5])', ['copy', 'difference', 'intersection', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', 'union']],
  ['str', '"ab c"', ['capitalize', 'center', 'count', 'encode', 'endswith', 'find', 'format', 'index', 'isdigit', 'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'removesuffix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition', 'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'title', 'upper', 'zfill']],
  ['bytes', 'b"ab"', ['count', 'decode', 'endswith', 'find', 'hex', 'join', 'replace', 'split', 'startswith', 'strip']],
  ['tuple', '(1.5,)', ['count', 'index']],
  ['deque', 'collections.deque([1.5])', ['append', 'appendleft', 'clear', 'copy', 'count', 'extend', 'extendleft', 'index', 'insert', 'pop', 'popleft', 'remove', 'reverse', 'rotate']],
  ['OrderedDict', 'collections.OrderedDict(a=1)', ['get', 'move_to_end', 'pop', 'popitem', 'setdefault', 'update']],
  ['Counter', 'collections.Counter("aab")', ['get', 'most_common', 'pop', 'setdefault', 'update', 'subtract', 'elements']],
];
const ARGUMENTS = ['', '[1.5]', '[1.5], 2', '"ab", [1.5], 3', 'None', 'x=1'];

test('every followed function and builtin method, with 0-3 odd arguments: no internal error', async () => {
  const { BUILTIN_FUNCTION_IMPLS } = await import('../../src/analysis/interp/builtinFunctionImpls');
  const { MODULE_FUNCTION_IMPLS } = await import('../../src/analysis/interp/moduleFunctionImpls');
  const { BUILTIN_FUNCS } = await import('../../src/analysis/interp/builtinNames');
  const skip = new Set(['input', 'exit', 'quit', 'help', 'breakpoint', 'sys.exit', 'open', 'exec', 'eval', 'compile', '__import__']);
  const functions = [...new Set([...BUILTIN_FUNCS, ...BUILTIN_FUNCTION_IMPLS.keys(), ...MODULE_FUNCTION_IMPLS.keys()])]
    .filter((f) => /^[a-z_][\w.]*$/i.test(f) && !skip.has(f) && !/^(generator|namedtuple|sys\.std)/.test(f));
  const calls = [
    ...functions.map((f) => `${f}(ARGS)`),
    ...RECEIVERS.flatMap(([, expr, methods]) => methods.map((m) => `(${expr}).${m}(ARGS)`)),
  ];
  let n = 0;
  const failed: string[] = [];
  for (const args of ARGUMENTS) {
    // One program per call: the first internal error would hide the calls after it.
    for (const c of calls) {
      const call = c.replace('ARGS', args);
      const src = `import gc, sys, weakref, functools, itertools, collections, copy, json, heapq, bisect, operator, math, random, contextlib, dataclasses, abc, time\ntry:\n    r = ${call}\nexcept Exception:\n    pass\nafter = [2.5]\n`;
      const res = await analyze(src, { budgetMs: BUDGET_MS, python: '3.12' });
      try {
        check(res, call);
      } catch (e) {
        failed.push((e as Error).message.split('\n')[0]);
      }
      n++;
    }
  }
  assert.deepEqual(failed, []);
  assert.ok(n > 1000, `${n} calls`);
});
