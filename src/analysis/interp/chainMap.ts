// collections.ChainMap as Lib/collections/__init__.py runs it (3.11-3.13).
//
// A ChainMap is an instance holding one list, `maps` (`list(maps) or [{}]`):
// the mappings themselves, not copies. A lookup tries each mapping in turn and
// hands out the value the first one holds (a KeyError when none does); a
// store, a deletion and new keys go to maps[0]. new_child(m) is
// ChainMap(m or {}, *self.maps): a new list holding the same mappings;
// `parents` is ChainMap(*self.maps[1:]). Iteration builds a dict of all the
// keys (later maps first) and iterates that. Only chains of plain dicts are
// followed; anything else is left to the unknown-call path.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { settleKey } from './valueKeys';
import { maybeRunHook, runHash } from './slotHooks';

/** builtinName of a ChainMap object (and the prefix of its methods'). */
export const CHAIN_MAP = 'collections.ChainMap';
/** The methods followed. */
export const CHAIN_MAP_METHODS = new Set(['new_child', 'get']);

/** ChainMap(*maps) of dicts (borrowed): the new object, or undefined when not followed. */
export function makeChainMap(b: Builtins, it: Interpreter, maps: PyObj[], site: CallSite): PyObj | undefined {
  if (maps.some((m) => m.kind !== 'dict' || !m.entries || m.instanceDict)) return undefined;
  const h = it.heap;
  const list = b.newSeq('list', maps.length ? maps.map((m) => h.incref(m)!) : [b.newDict(site)], site);
  const cm = h.alloc('builtin', 'ChainMap', h.site(site.line, site.col, 'ChainMap', 'ChainMap(…)'));
  cm.builtinName = CHAIN_MAP;
  cm.tracked = true;
  cm.attrs = new Map([['maps', list]]);
  b.noteStore(cm, list);
  return cm;
}

export function isChainMap(o: PyObj): boolean {
  return o.builtinName === CHAIN_MAP && !!o.attrs?.get('maps');
}

function mapsOf(cm: PyObj): PyObj[] {
  return cm.attrs!.get('maps')!.items ?? [];
}

/** Whether every mapping is a dict whose content the model knows. */
function allKnown(cm: PyObj): boolean {
  const list = cm.attrs!.get('maps')!;
  return !list.fuzzy && mapsOf(cm).every((m) => m.kind === 'dict' && !!m.entries && !m.fuzzy);
}

/**
 * cm[key] (found: the value, owned), or undefined for "not in any mapping"; an unknown
 * value (owned) when the mappings or the key leave it open.
 */
export function* chainLookup(b: Builtins, it: Interpreter, cm: PyObj, key: PyObj, frame: Frame): G<PyObj | undefined> {
  const h = it.heap;
  yield* settleKey(b, key, frame);
  if (!allKnown(cm) || b.keyUnknown(key) || key.fuzzy) {
    it.noteMayRaise();
    // (each mapping tried hashes the key: how many is not known)
    if (key.kind === 'instance') maybeRunHook(b, key, '__hash__', frame, { line: frame.line, col: 0, key: `${frame.line}:0:hash` });
    for (const m of mapsOf(cm)) b.escapeValues(m);
    return b.unknown(frame.line, 0);
  }
  for (const m of mapsOf(cm)) {
    // (`mapping[key]` for each mapping in turn until one has it: each dict hashes the key, slotHooks.ts)
    yield* runHash(b, key, frame);
    const e = b.dictGet(m, key);
    if (e) return h.incref(e.value)!;
  }
  return undefined;
}

/** A method of the chain, `args` borrowed (args[0] is the chain); undefined when not followed. */
export function* chainMapMethod(b: Builtins, it: Interpreter, method: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = it.heap;
  const cm = args[0];
  if (!cm || !isChainMap(cm)) return undefined;
  switch (method) {
    case 'new_child': {
      if (args.length > 2 || kwargs.length) return undefined;
      const m = args[1] && args[1].kind !== 'none' ? args[1] : undefined;
      if (m && (m.kind !== 'dict' || !m.entries)) return undefined;
      const first = m ? h.incref(m)! : b.newDict(site);
      const child = makeChainMap(b, it, [first, ...mapsOf(cm)], site);
      h.decref(first);
      return child;
    }
    case 'get': {
      if (!args[1] || args.length > 3 || kwargs.length) return undefined;
      // (`self[key] if key in self else default`: a found key is looked up twice, hashed each time)
      const v = yield* chainLookup(b, it, cm, args[1], frame);
      if (!v) return h.incref(args[2] ?? b.none)!;
      h.decref(v);
      return (yield* chainLookup(b, it, cm, args[1], frame)) ?? b.unknown(frame.line, 0);
    }
  }
  return undefined;
}

/** cm.maps (the list itself) and cm.parents (a new chain of the others); undefined for other names. */
export function chainMapAttr(b: Builtins, it: Interpreter, cm: PyObj, name: string, site: CallSite): PyObj | undefined {
  if (name === 'maps') return it.heap.incref(cm.attrs!.get('maps'))!;
  if (name === 'parents') return makeChainMap(b, it, mapsOf(cm).slice(1), site);
  return undefined;
}

/** iter(cm): a dict of every key (last mapping first, as ChainMap.__iter__ builds it) and an iterator over it. */
export function* chainIter(b: Builtins, it: Interpreter, cm: PyObj, frame: Frame): G<PyObj> {
  const h = it.heap;
  const keys = b.newDict({ line: frame.line, col: 0 });
  if (!allKnown(cm)) b.fuzzContent(keys);
  for (const m of [...mapsOf(cm)].reverse()) {
    for (const e of m.entries?.values() ?? []) if (!b.dictGet(keys, e.key)) b.dictSet(keys, h.incref(e.key)!, h.incref(b.none)!);
  }
  const itr = yield* b.getIter(keys, frame);
  h.decref(keys);
  return itr;
}

/** len(cm): how many distinct keys, when every mapping is known. */
export function chainLen(cm: PyObj, b: Builtins): number | undefined {
  if (!allKnown(cm)) return undefined;
  const seen = new Set<string>();
  for (const m of mapsOf(cm)) for (const k of m.entries!.keys()) seen.add(k);
  return seen.size;
}

/**
 * dict(chain): every key as the chain iterates them (the key objects of the last mapping holding
 * each, as `d.update(dict.fromkeys(m))` over the reversed maps keeps them), each with the value
 * the first mapping holding it gives; undefined when a mapping's content is not known.
 */
export function chainToDict(b: Builtins, it: Interpreter, cm: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  if (!allKnown(cm)) return undefined;
  const h = it.heap;
  const keys = new Map<string, PyObj>();
  for (const m of [...mapsOf(cm)].reverse()) for (const [k, e] of m.entries!) if (!keys.has(k)) keys.set(k, e.key);
  const d = b.newDict(pos);
  for (const [k, key] of keys) {
    const holder = mapsOf(cm).find((m) => m.entries!.has(k))!;
    b.dictSet(d, h.incref(key)!, h.incref(holder.entries!.get(k)!.value)!);
  }
  return d;
}
