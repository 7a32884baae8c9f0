// What a builtin base class's constructor does with its arguments, for a
// class statement's subclass of it. One table, read by both paths that build
// such instances: type.__call__ (Builtins.instantiate) and an explicit
// super().__new__(cls, ...) (object.__new__'s model).
import { SIMPLE_NAMESPACE } from './simpleNamespace';
import { THREAD_LOCAL } from './threadLocal';

/**
 * - `keeps`: the base's __new__ / __init__ keep references to the arguments
 *   (a tuple's or set's items, a deque's, a namespace's attributes), in an
 *   instance the model does not build: the arguments escape.
 * - `copies`: the base's __new__ copies its argument's value into the new
 *   instance and keeps no reference to it (float, int, str, bytes, complex).
 * Bases not listed (list, dict: built by basePayload; object) are neither.
 */
export type BaseConstructor = 'keeps' | 'copies';

const BASE_CONSTRUCTORS: ReadonlyMap<string, BaseConstructor> = new Map<string, BaseConstructor>([
  ['tuple', 'keeps'], ['frozenset', 'keeps'], ['set', 'keeps'], ['deque', 'keeps'],
  ['OrderedDict', 'keeps'], ['defaultdict', 'keeps'], ['Counter', 'keeps'], [SIMPLE_NAMESPACE, 'keeps'], [THREAD_LOCAL, 'keeps'],
  ['float', 'copies'], ['int', 'copies'], ['str', 'copies'], ['bytes', 'copies'], ['complex', 'copies'],
]);

/** How the builtin base named `builtinName` treats its constructor's arguments, if the model knows. */
export function baseConstructor(builtinName: string | undefined): BaseConstructor | undefined {
  return builtinName === undefined ? undefined : BASE_CONSTRUCTORS.get(builtinName);
}
