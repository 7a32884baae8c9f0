// inspect.getattr_static and inspect.unwrap (Lib/inspect.py, the same in 3.11-3.13) on objects
// the model knows: both hand back an object already stored somewhere (a class attribute as it
// sits in the class __dict__, an instance's own value, the innermost `__wrapped__`), one more
// reference to it, never a new one.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { CM_DECORATED } from './contextDecorator';
import { isHelper } from './contextlibModel';

/** An instance or a class of the program the lookups can read to the end (nothing unknown on the way). */
function readable(o: PyObj): boolean {
  const cls = o.kind === 'class' ? o : o.kind === 'instance' ? o.cls : undefined;
  if (!cls || cls.kind !== 'class' || cls.fuzzy || o.fuzzy || cls.foreignMeta || cls.unknownBase) return false;
  return (cls.mroTuple?.items ?? [cls]).every((c) => c === cls.mroTuple?.items?.at(-1) || (!c.external && !!c.classIR && !c.fuzzy));
}

/** Classes whose MRO tuple 3.12's getattr_static cache holds (the cache lives as long as the program). */
const MRO_CACHED = new WeakSet<PyObj>();

/** Whether a class attribute is a data descriptor (a property, or an instance whose class has __set__ / __delete__). */
function dataDescriptor(b: Builtins, v: PyObj): boolean {
  if (v.kind === 'property') return true;
  return v.kind === 'instance' && !!(b.lookupClassAttr(v.cls, '__set__') || b.lookupClassAttr(v.cls, '__delete__'));
}

/**
 * getattr_static(obj, attr[, default]): the instance's own value (read from its __dict__, which
 * `object.__getattribute__(obj, "__dict__")` makes a real dict), else the first class of the MRO
 * whose __dict__ has the name, a data descriptor there winning over the instance; the default or
 * AttributeError when neither has it.
 */
function getattrStaticImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, frame, site, pos, unknownCall } = call;
  const [obj, name, dflt] = args;
  if (!obj || kwargs.length || args.length > 3 || name?.kind !== 'str' || typeof name.value !== 'string' || !readable(obj)) return unknownCall();
  const attr = name.value;
  const cls = obj.kind === 'class' ? obj : obj.cls!;
  // (slot members and the like: what the instance holds there is not a __dict__ entry)
  if (obj.kind === 'instance' && (obj.slots?.size || obj.basePayload || !obj.attrs)) return unknownCall();
  if (obj.kind === 'instance') {
    b.materializeDict(obj, pos);
    // (3.12: _shadowed_dict's lru_cache keeps (mro,) as a key, once per class)
    if (b.it.vm.getattrStaticKeepsMro && cls.mroTuple && !MRO_CACHED.has(cls)) {
      MRO_CACHED.add(cls);
      h.incref(cls.mroTuple);
    }
  }
  const own = obj.kind === 'instance' ? obj.attrs?.get(attr) : undefined;
  const inClass = b.lookupClassAttr(cls, attr);
  if (own?.maybeAbsent || inClass?.maybeAbsent) return unknownCall();
  const r = own && !(inClass && dataDescriptor(b, inClass)) ? own : inClass ?? own;
  if (r) return h.incref(r)!;
  // (a class: its metaclass's attributes, type's here, are not listed by the model)
  if (obj.kind === 'class') return unknownCall();
  if (dflt) return h.incref(dflt)!;
  // (raised in getattr_static's own frame, which the traceback keeps: `obj` among its variables)
  const exc = b.cError('AttributeError', site);
  b.noteAttributeErrorObject(exc, obj);
  throw b.it.raiseObj(exc, frame, true);
}

/** What `f.__wrapped__` is for the callables the model builds: undefined when f has none, 'unknown' when not known. */
function wrappedOf(b: Builtins, f: PyObj): PyObj | undefined | 'unknown' {
  if (f.fuzzy) return 'unknown';
  if (f.kind === 'function') return f.attrs?.has('__wrapped__') ? f.attrs.get('__wrapped__') : f.dictObj?.entries ? 'unknown' : undefined;
  if (f.kind === 'builtin' && f.type === 'function' && f.dictObj?.entries && (isHelper(f) || f.builtinName === CM_DECORATED)) return b.wrapperDictAttr(f, '__wrapped__');
  return 'unknown';
}

/** unwrap(func): follows `__wrapped__` to the innermost callable (no `stop`). */
function unwrapImpl(call: BuiltinCall): PyObj {
  const { b, h, args, kwargs, unknownCall } = call;
  let f = args[0];
  if (!f || args.length !== 1 || kwargs.length) return unknownCall();
  const seen = new Set<PyObj>([f]);
  for (;;) {
    if (f.kind === 'class') break;
    const next = wrappedOf(b, f);
    if (next === 'unknown' || next?.maybeAbsent) return unknownCall();
    if (!next) break;
    // (a chain that comes back: ValueError, left to the generic path)
    if (seen.has(next)) return unknownCall();
    seen.add(next);
    f = next;
  }
  return h.incref(f)!;
}

export const INSPECT_LOOKUP_IMPLS: [string, BuiltinImpl][] = [
  ['inspect.getattr_static', getattrStaticImpl],
  ['inspect.unwrap', unwrapImpl],
];
