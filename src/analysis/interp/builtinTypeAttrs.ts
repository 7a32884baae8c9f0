// Generated from dir(type) on CPython 3.11.7, 3.12.1 and 3.13.0 (a name present on some of them only ends in '?').
// The attribute names an exact builtin object has (its type's MRO; no instance dict), for
// runtime-checkable protocol checks (virtualSubclasses.ts); the function and bound-method types'
// names for hasattr / getattr on the program's functions and methods (callableHasAttr).
import type { PyObj } from './objects';

/** Every builtin type's (object's own): */
const OBJECT_NAMES = '__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__';

/** Each type's names beyond object's (space-separated). */
const TYPE_NAMES: Record<string, string> = {
  object: '',
  str: '__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  int: '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer? numerator real to_bytes',
  float: '__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real',
  bool: '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer? numerator real to_bytes',
  complex: '__abs__ __add__ __bool__ __complex__ __getnewargs__ __mul__ __neg__ __pos__ __pow__ __radd__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ conjugate imag real',
  list: '__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove reverse sort',
  tuple: '__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__ count index',
  dict: '__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault update values',
  set: '__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update',
  frozenset: '__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
  bytes: '__add__ __buffer__? __bytes__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  bytearray: '__add__ __alloc__ __buffer__? __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mod__ __mul__ __release_buffer__? __rmod__ __rmul__ __setitem__ append capitalize center clear copy count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  NoneType: '__bool__',
  range: '__bool__ __contains__ __getitem__ __iter__ __len__ __reversed__ count index start step stop',
};

/** Types whose __hash__ is None (mutable containers). */
const HASH_NONE = new Set(['list', 'dict', 'set', 'bytearray']);

const TABLE = new Map(Object.entries(TYPE_NAMES).map(([t, s]) => [t, new Set([...OBJECT_NAMES.split(' '), ...s.split(' ').filter((n) => n)])]));

/**
 * Whether an exact object of builtin type `type` has attribute `name` (true / false), undefined when that
 * differs between versions or the type is not in the table; `none` when the attribute is None (`list.__hash__`).
 */
export function builtinTypeHas(type: string, name: string): boolean | 'none' | undefined {
  const names = TABLE.get(type);
  if (!names) return undefined;
  if (name === '__hash__' && HASH_NONE.has(type)) return 'none';
  if (type === 'NoneType' && name === '__doc__') return 'none';
  if (names.has(name)) return true;
  return names.has(`${name}?`) ? undefined : false;
}

/**
 * The collections types the model keeps as dicts or lists (dir(type) beyond object's on 3.11.7,
 * 3.12.1, 3.13.0; '?' on some only). OrderedDict and Counter instances also have a __dict__ of
 * their own, so what a program stored there is theirs too (`COLLECTIONS_WITH_DICT`).
 */
const COLLECTIONS_NAMES: Record<string, string> = {
  OrderedDict: '__class_getitem__ __contains__ __delitem__ __dict__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys move_to_end pop popitem setdefault update values',
  defaultdict: '__class_getitem__ __contains__ __copy__ __delitem__ __getitem__ __ior__ __iter__ __len__ __missing__ __or__ __reversed__ __ror__ __setitem__ clear copy default_factory fromkeys get items keys pop popitem setdefault update values __module__?',
  deque: '__add__ __class_getitem__ __contains__ __copy__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append appendleft clear copy count extend extendleft index insert maxlen pop popleft remove reverse rotate __module__?',
  Counter: '__add__ __and__ __class_getitem__ __contains__ __delitem__ __dict__ __getitem__ __iadd__ __iand__ __ior__ __isub__ __iter__ __len__ __missing__ __module__ __neg__ __or__ __pos__ __reversed__ __ror__ __setitem__ __sub__ __weakref__ _keep_positive clear copy elements fromkeys get items keys most_common pop popitem setdefault subtract total update values __firstlineno__? __static_attributes__?',
};

/** The collections types above whose instances have a __dict__ (a store there adds names). */
export const COLLECTIONS_WITH_DICT: ReadonlySet<string> = new Set(['OrderedDict', 'Counter']);

const COLLECTIONS_TABLE = new Map(Object.entries(COLLECTIONS_NAMES).map(([t, s]) => [t, new Set([...OBJECT_NAMES.split(' '), ...s.split(' ')])]));

/** Whether the collections type `type` itself has `name` (true / false; undefined where versions differ or for another type). */
export function collectionsTypeHas(type: string | undefined, name: string): boolean | undefined {
  const names = type ? COLLECTIONS_TABLE.get(type) : undefined;
  if (!names) return undefined;
  if (names.has(name)) return true;
  return names.has(`${name}?`) ? undefined : false;
}

/**
 * A Python function's and a bound method's type attributes beyond object's (dir() on 3.11.7,
 * 3.12.1, 3.13.0; '?' on some only). Kept apart from TABLE: a function's own __dict__ adds names,
 * and a bound method forwards every name its type lacks to its __func__ (method_getattro).
 */
const CALLABLE_NAMES: Record<'function' | 'method', string> = {
  function: '__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ __dict__ __get__ __globals__ __kwdefaults__ __module__ __name__ __qualname__ __type_params__?',
  method: '__call__ __func__ __get__? __self__',
};

const CALLABLE_TABLE = new Map(Object.entries(CALLABLE_NAMES).map(([t, s]) => [t, new Set([...OBJECT_NAMES.split(' '), ...s.split(' ')])]));

/** Whether the function / method type itself has `name` (true / false; undefined where versions differ). */
export function callableTypeHas(type: 'function' | 'method', name: string): boolean | undefined {
  const names = CALLABLE_TABLE.get(type)!;
  if (names.has(name)) return true;
  return names.has(`${name}?`) ? undefined : false;
}

/**
 * Whether a function of the program or a bound method of one has `attr`, where the model knows
 * (undefined otherwise): a function's getattr finds its type's names, then its own __dict__; a
 * bound method's (method_getattro) its type's names, then whatever its __func__ has. So
 * hasattr(handler, "__self__") tells a bound method from a plain function, as weak-subscriber code
 * checks before choosing WeakMethod or ref. Unknown code given the function (fuzzy) may have set
 * any attribute, and so may code given its __dict__.
 */
export function callableHasAttr(obj: PyObj, attr: string): boolean | undefined {
  if (obj.kind === 'method' && obj.type === 'method' && obj.methodFunc?.kind === 'function') {
    const own = callableTypeHas('method', attr);
    if (own) return true;
    const forwarded = callableHasAttr(obj.methodFunc, attr);
    if (forwarded) return true;
    return own === undefined ? undefined : forwarded;
  }
  if (obj.kind !== 'function' || !obj.fn || obj.fuzzy || obj.dictObj?.fuzzy) return undefined;
  if (obj.attrs?.has(attr)) return obj.attrs.get(attr)?.maybeAbsent ? undefined : true;
  return callableTypeHas('function', attr);
}
