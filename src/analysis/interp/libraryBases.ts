// Library classes that, as a base, give a class's instances nothing: `typing.Generic[T]` and the
// ABCs of collections.abc (and their typing aliases). The class stays one with an unknown base
// (its own count, attributes and collection are open), but its instances are built the plain way.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

/**
 * collections.abc's ABCs with `__slots__ = ()` and no `__init__` / `__new__` (3.11-3.13): no
 * instance __dict__, no __weakref__, nothing kept from the constructor's arguments. MappingView
 * and its KeysView / ItemsView / ValuesView are left out: their `__init__` keeps the mapping.
 */
const INERT_ABCS = new Set(['AsyncGenerator', 'AsyncIterable', 'AsyncIterator', 'Awaitable', 'Buffer', 'ByteString',
  'Callable', 'Collection', 'Container', 'Coroutine', 'Generator', 'Hashable', 'Iterable', 'Iterator', 'Mapping',
  'MutableMapping', 'MutableSequence', 'MutableSet', 'Reversible', 'Sequence', 'Set', 'Sized']);

/** The suffix of a subscripted inert base's name (`typing.Generic[]`): the alias's __mro_entries__ gives the origin. */
export const SUBSCRIPTED = '[]';

function inertName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const mod = name.slice(0, dot);
  return (mod === 'collections.abc' || mod === 'typing') && INERT_ABCS.has(name.slice(dot + 1));
}

/** The collections.abc ABC an unknown base stands for (`Mapping`, also as `typing.Mapping` or subscripted), or undefined. */
export function inertAbcName(b: PyObj): string | undefined {
  if (b.kind !== 'unknown' || !isInertLibraryBase(b)) return undefined;
  const name = (b.moduleName ?? '').replace(/\[\]$/, '');
  return name === 'typing.Generic' ? undefined : name.slice(name.lastIndexOf('.') + 1);
}

/**
 * A base the class statement got that adds nothing to instances: typing.Generic (3.11: Python,
 * `__slots__ = ()`; 3.12+: a C type without dict or weakref slot; neither has __init__ / __new__)
 * only subscripted (plain `Generic` as a base is a TypeError), an inert ABC plain or subscripted.
 */
export function isInertLibraryBase(b: PyObj): boolean {
  if (b.kind !== 'unknown' || !b.external && !b.moduleName?.endsWith(SUBSCRIPTED)) return false;
  const name = b.moduleName ?? '';
  if (name.endsWith(SUBSCRIPTED)) {
    const origin = name.slice(0, -SUBSCRIPTED.length);
    return origin === 'typing.Generic' || inertName(origin);
  }
  return inertName(name);
}

/** `Generic[T]`, `Iterable[int]` … as a base: an alias whose __mro_entries__ gives its origin. */
export function isSubscriptedInertBase(b: PyObj): boolean {
  return !!b.moduleName?.endsWith(SUBSCRIPTED) && isInertLibraryBase(b);
}

/**
 * `Generic[T]`, `Iterable[int]` …: an alias object typing's cache keeps (its count open), holding
 * its arguments (they escape). Undefined for anything else.
 */
export function subscriptInertBase(bi: Builtins, obj: PyObj, idx: PyObj, line: number): PyObj | undefined {
  const name = obj.kind === 'unknown' && obj.external ? obj.moduleName : undefined;
  if (!name || (name !== 'typing.Generic' && !inertName(name))) return undefined;
  bi.it.heap.escape(idx);
  const alias = bi.unknown(line, 0);
  alias.moduleName = name + SUBSCRIPTED;
  return alias;
}
