// types.MappingProxyType(mapping), and the `.mapping` of a dict view (3.10+: each read makes a
// new proxy of the view's dict). A mappingproxy is a read-only view: it holds a strong
// reference to its mapping (gc-tracked, traversed), and every read goes to the mapping
// itself: `p[k]` is mapping[k] (a defaultdict's factory runs), `k in p`, len, iteration
// (the mapping's own iterator), and keys / values / items / get / copy call the mapping's
// methods. Stores and deletions are a TypeError. Kept as a view object (kind 'view') whose
// iterSource is the mapping, so refsOf, len and iteration treat it as a dict view.
import type { Builtins } from './builtins';
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { CallSite, G } from './interpreter';
import type { Frame } from './frame';
import type { PyObj } from './objects';

/** The view kind (iterKind) and type name of a mappingproxy. */
export const MAPPING_PROXY = 'mappingproxy';
/** Its methods, each calling the mapping's method of the same name. */
const PROXY_METHODS = new Set(['keys', 'values', 'items', 'get', 'copy']);

export function isMappingProxy(o: PyObj | undefined): boolean {
  return o?.kind === 'view' && o.iterKind === MAPPING_PROXY;
}

/** The dict a proxy (of a proxy …) reads, or undefined when that is not a dict. */
export function proxiedDict(o: PyObj): PyObj | undefined {
  let m: PyObj | undefined = o;
  for (let depth = 0; m && isMappingProxy(m) && depth < 8; depth++) m = m.iterSource;
  return m?.kind === 'dict' ? m : undefined;
}

/** A new proxy holding `mapping` (a dict, or another proxy: mappingproxy_new accepts any mapping but lists and tuples). */
export function newMappingProxy(b: Builtins, mapping: PyObj, pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const p = h.alloc('view', MAPPING_PROXY, h.site(pos.line, pos.col, MAPPING_PROXY, 'mappingproxy(…)'));
  p.iterKind = MAPPING_PROXY;
  p.iterSource = h.incref(mapping);
  p.tracked = true;
  return p;
}

/** `view.mapping` of a dict view the model keeps: a new proxy of its dict. */
export function viewMapping(b: Builtins, view: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  const d = view.iterSource;
  if (view.kind !== 'view' || !view.iterKind?.startsWith('dict_') || d?.kind !== 'dict' || d.payloadOf) return undefined;
  return newMappingProxy(b, d, pos);
}

/** A proxy's method (looked up on the proxy: the bound method holds the proxy). */
export function proxyMethod(name: string): string | undefined {
  return PROXY_METHODS.has(name) ? `${MAPPING_PROXY}.${name}` : undefined;
}

/** mappingproxy.X(...): the mapping's own method X called with the same arguments. */
function* proxyMethodImpl(call: BuiltinCall): G<PyObj> {
  const { b, it, h, name, args, kwargs, frame, site, self, unknownCall } = call;
  if (!isMappingProxy(self)) return unknownCall();
  return yield* callMappingMethod(b, self.iterSource!, name.slice(MAPPING_PROXY.length + 1), args.slice(1).map((a) => h.incref(a)!),
    kwargs.map(([k, v]): [string, PyObj] => [k, h.incref(v)!]), frame, site, it);
}

function* callMappingMethod(b: Builtins, mapping: PyObj, name: string, args: PyObj[], kwargs: [string, PyObj][], frame: Frame, site: CallSite, it: Builtins['it']): G<PyObj> {
  const m = yield* b.loadMethod(mapping, name, frame, site);
  try {
    return yield* it.callObject(m.func, m.self ? [m.self, ...args] : args, kwargs, frame, site);
  } finally {
    it.heap.decref(m.func);
  }
}

/** types.MappingProxyType(mapping): a dict or a proxy the model keeps; a list or tuple is a TypeError. */
function mappingProxyTypeImpl(call: BuiltinCall): PyObj {
  const { b, it, args, kwargs, frame, pos, self, unknownCall } = call;
  if (args.length !== 1 || kwargs.length || !self) return unknownCall();
  if (self.kind === 'dict' || isMappingProxy(self)) return newMappingProxy(b, self, pos);
  if ((self.kind === 'list' || self.kind === 'tuple') && !self.cls) throw it.raiseObj(b.cError('TypeError', pos), frame, true);
  return unknownCall();
}

export const MAPPING_PROXY_IMPLS: [string, BuiltinImpl][] = [
  ['types.MappingProxyType', mappingProxyTypeImpl],
  ...[...PROXY_METHODS].map((m): [string, BuiltinImpl] => [`${MAPPING_PROXY}.${m}`, proxyMethodImpl]),
];
