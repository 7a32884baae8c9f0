// inspect.ismethod / isfunction / isclass: isinstance against types.MethodType, types.FunctionType
// and type. They read the object's type and keep nothing, so where the model knows what the object
// is (a bound method of a program function, a def's function, a class, an exact builtin value, an
// instance of a program class) the answer is a bool and the argument stays known; dispatch code
// (an event bus choosing WeakMethod for bound methods, a registry taking classes or functions)
// branches on them. Anything else is an unknown call as before.
import type { BuiltinCall, BuiltinImpl } from './builtinCalls';
import type { PyObj } from './objects';
import { exactBuiltin } from './typeErrors';

type What = 'method' | 'function' | 'class' | 'other';

/** What `x` is for these predicates, when the model knows (a class statement's instance whose class does not define __class__: its type). */
export function whatIs(call: Pick<BuiltinCall, 'b'>, x: PyObj): What | undefined {
  if (x.kind === 'method' && x.type === 'method') return 'method';
  if (x.kind === 'function' && x.fn) return 'function';
  if (x.kind === 'class') return 'class';
  // (isinstance falls back to obj.__class__ when type(obj) does not match: a class may define it)
  if (x.kind === 'instance' && x.cls?.classIR && !x.cls.unknownBase && !x.cls.foreignMeta && !call.b.lookupClassAttr(x.cls, '__class__')) return 'other';
  if (exactBuiltin(x, 'data') || exactBuiltin(x, 'number') || x.kind === 'none') return 'other';
  return undefined;
}

function predicate(wanted: What): BuiltinImpl {
  return (call: BuiltinCall): PyObj => {
    const x = call.args[0];
    if (call.args.length !== 1 || call.kwargs.length || !x) return call.unknownCall();
    const what = whatIs(call, x);
    return what ? call.b.bool(what === wanted) : call.unknownCall();
  };
}

export const INSPECT_PREDICATE_IMPLS: [string, BuiltinImpl][] = [
  ['inspect.ismethod', predicate('method')],
  ['inspect.isfunction', predicate('function')],
  ['inspect.isclass', predicate('class')],
];

/** The `types` module's names for the two callable types (LambdaType is FunctionType). */
const TYPES_CLASSES: Record<string, What> = { 'types.MethodType': 'method', 'types.FunctionType': 'function', 'types.LambdaType': 'function' };

/**
 * isinstance(x, types.MethodType / FunctionType / a tuple of them), when x is something whatIs
 * knows (neither type can be subclassed, so the answer is x's own type); undefined otherwise.
 */
export function callableTypeInstance(call: Pick<BuiltinCall, 'b'>, x: PyObj, types: PyObj[]): boolean | undefined {
  const wanted = types.map((t) => (t.kind === 'unknown' && t.external && t.moduleName ? TYPES_CLASSES[t.moduleName] : undefined));
  if (!wanted.length || wanted.some((w) => !w)) return undefined;
  const what = whatIs(call, x);
  return what ? wanted.includes(what) : undefined;
}
