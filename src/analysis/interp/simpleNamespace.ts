// types.SimpleNamespace (Objects/namespaceobject.c, 3.11-3.13, measured on all
// three): namespace_new makes the object and its own dict (ns_dict, an empty
// PyDict_New: untracked until a container is stored), namespace_init does
// PyDict_Update(ns_dict, kwds), so the instance's dict holds one reference per
// keyword value and the temporary kwargs dict dies with the call. The object
// is tracked by the collector; its dict is always a real dict of its own (no
// shared keys, never embedded: a namespace in a cycle leaves two objects for
// gc.collect() on every version). `ns.__dict__` and `vars(ns)` are that dict.
// Attribute reads, stores and deletions are the generic ones, through the dict.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import { noteDictStore } from './instanceDicts';
import type { PyObj } from './objects';

export const SIMPLE_NAMESPACE = 'types.SimpleNamespace';

/** `types.SimpleNamespace(**kw)`: a namespace whose dict holds each keyword value. */
function simpleNamespaceImpl(call: BuiltinCall): PyObj {
  const { b, h, func, args, kwargs, pos, unknownCall } = call;
  // (3.13's positional mapping argument, and a subclass's layout, are not followed)
  if (args.length || func.kind !== 'class' || func.builtinName !== SIMPLE_NAMESPACE) return unknownCall();
  const ns = b.bareInstance(func, pos);
  const d = b.instanceDict(ns, pos, false);
  for (const [k, v] of kwargs) {
    ns.attrs!.set(k, h.incref(v)!);
    b.noteStore(ns, v);
    noteDictStore(b, d, v);
  }
  return ns;
}

/** Whether `o` is a namespace (its equality compares the dicts: operators.ts). */
export function isSimpleNamespace(o: PyObj): boolean {
  return o.kind === 'instance' && o.cls?.builtinName === SIMPLE_NAMESPACE && !!o.cls.external;
}

export const SIMPLE_NAMESPACE_IMPLS: [string, BuiltinImpl][] = [[SIMPLE_NAMESPACE, simpleNamespaceImpl]];
