// Generated from dir() on CPython 3.11.7, 3.12.1 and 3.13.0. The attribute names of the objects
// whose type the model knows exactly: builtin values, the collections containers it keeps as dicts
// and lists, generators and coroutines, re's Match and Pattern, builtin iterators. One table behind
// one predicate (objectTypeHas): getattr / hasattr and `obj.name` raise AttributeError on a name
// the type lacks (unless the instance has a __dict__ the program stored into), and runtime-checkable
// protocol checks (virtualSubclasses.ts) read the same answers. The function and bound-method
// types' names (callableHasAttr) are kept apart: their own __dict__ and __func__ add names.
import { BYTES_IO, COROUTINE, STRING_IO } from './builtinNames';
import type { PyObj } from './objects';
import { RE_MATCH, RE_PATTERN } from './reModule';
import { exactBuiltin } from './typeErrors';

/** Every type's (object's own): */
const OBJECT_NAMES = '__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__';

const DICT_NAMES = '__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ __ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault update values';
const INT_NAMES = '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ __index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag is_integer>=12 numerator real to_bytes';
/** A builtin iterator's: list_iterator, tuple_iterator, range_iterator, str_(ascii_)iterator, bytes_iterator, set_iterator and reversed add __length_hint__ / __setstate__ to these. */
const NEXT_NAMES = '__iter__ __next__';
const SIZED_ITERATOR_NAMES = `${NEXT_NAMES} __length_hint__ __setstate__`;
const MEMORY_FILE_NAMES = '__del__ __dict__ __enter__ __exit__ __iter__ __module__>=12 __next__ __setstate__ _checkClosed _checkReadable _checkSeekable _checkWritable close closed detach fileno flush getvalue isatty read readable readline readlines seek seekable tell truncate writable write writelines';
const GEN_NAMES = '__class_getitem__>=13 __del__ __name__ __qualname__ close send throw';

/**
 * Each type's names beyond object's (space-separated); `name>=12` is there from 3.12 on only.
 * A row that is another row's names plus its own is written as such where dir() agrees (an
 * OrderedDict has every dict name, and __dict__ and move_to_end).
 */
const TYPE_NAMES: Record<string, string> = {
  object: '',
  str: '__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  int: INT_NAMES,
  float: '__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ __getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate fromhex hex imag is_integer real',
  bool: INT_NAMES,
  complex: '__abs__ __add__ __bool__ __complex__ __getnewargs__ __mul__ __neg__ __pos__ __pow__ __radd__ __rmul__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ conjugate imag real',
  list: '__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove reverse sort',
  tuple: '__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__ count index',
  dict: DICT_NAMES,
  set: '__and__ __class_getitem__ __contains__ __iand__ __ior__ __isub__ __iter__ __ixor__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update',
  frozenset: '__and__ __class_getitem__ __contains__ __iter__ __len__ __or__ __rand__ __ror__ __rsub__ __rxor__ __sub__ __xor__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
  bytes: '__add__ __buffer__>=12 __bytes__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  bytearray: '__add__ __alloc__ __buffer__>=12 __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mod__ __mul__ __release_buffer__>=12 __rmod__ __rmul__ __setitem__ append capitalize center clear copy count decode endswith expandtabs extend find fromhex hex index insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition pop remove removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
  NoneType: '__bool__',
  range: '__bool__ __contains__ __getitem__ __iter__ __len__ __reversed__ count index start step stop',
  // (collections: OrderedDict and Counter instances have a __dict__ of their own, WITH_DICT)
  OrderedDict: `${DICT_NAMES} __dict__ move_to_end`,
  defaultdict: `${DICT_NAMES} __copy__ __missing__ default_factory __module__>=12`,
  Counter: `${DICT_NAMES} __add__ __and__ __dict__ __iadd__ __iand__ __isub__ __missing__ __module__ __neg__ __pos__ __sub__ __weakref__ _keep_positive elements most_common subtract total __firstlineno__>=13 __static_attributes__>=13`,
  deque: '__add__ __class_getitem__ __contains__ __copy__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ __mul__ __reversed__ __rmul__ __setitem__ append appendleft clear copy count extend extendleft index insert maxlen pop popleft remove reverse rotate __module__>=12',
  generator: `${GEN_NAMES} __iter__ __next__ gi_code gi_frame gi_running gi_suspended gi_yieldfrom`,
  coroutine: `${GEN_NAMES} __await__ cr_await cr_code cr_frame cr_origin cr_running cr_suspended`,
  // (io's in-memory files: a __dict__ of their own, WITH_DICT)
  '_io.StringIO': `${MEMORY_FILE_NAMES} encoding errors line_buffering newlines`,
  '_io.BytesIO': `${MEMORY_FILE_NAMES} getbuffer read1 readinto readinto1`,
  [RE_MATCH]: '__class_getitem__ __copy__ __deepcopy__ __getitem__ __module__ end endpos expand group groupdict groups lastgroup lastindex pos re regs span start string',
  [RE_PATTERN]: '__class_getitem__ __copy__ __deepcopy__ __module__ findall finditer flags fullmatch groupindex groups match pattern scanner search split sub subn',
  sized_iterator: SIZED_ITERATOR_NAMES,
  dict_iterator: `${NEXT_NAMES} __length_hint__`,
  map: NEXT_NAMES,
  filter: NEXT_NAMES,
  callable_iterator: NEXT_NAMES,
  zip: `${NEXT_NAMES} __setstate__`,
  enumerate: `${NEXT_NAMES} __class_getitem__`,
};

/** Types whose __hash__ is None (mutable containers). */
const HASH_NONE = new Set(['list', 'dict', 'set', 'bytearray', 'OrderedDict', 'defaultdict', 'Counter', 'deque']);

/** The rows whose instances have a __dict__ of their own: what a program stores there is theirs too. */
const WITH_DICT: ReadonlySet<string> = new Set(['OrderedDict', 'Counter', '_io.StringIO', '_io.BytesIO']);

/** The collections types the model keeps as dicts (OrderedDict, defaultdict, Counter) or lists (deque). */
const COLLECTION_ROWS: ReadonlySet<string> = new Set(['OrderedDict', 'defaultdict', 'Counter', 'deque']);

/** The model's iterator types (PyObj.type) and the row of their names. */
const ITERATOR_ROWS: ReadonlyMap<string, string> = new Map([
  ...['list_iterator', 'tuple_iterator', 'range_iterator', 'str_ascii_iterator', 'bytes_iterator', 'bytearray_iterator', 'reversed'].map((t) => [t, 'sized_iterator'] as const),
  ...['dict_keyiterator', 'dict_valueiterator', 'dict_itemiterator', 'set_iterator'].map((t) => [t, 'dict_iterator'] as const),
  ...['map', 'filter', 'zip', 'enumerate', 'callable_iterator'].map((t) => [t, t] as const),
]);

/** Each name with the first minor version that has it (0: every one). */
const TABLE = new Map(Object.entries(TYPE_NAMES).map(([t, s]) => [t, new Map([...OBJECT_NAMES.split(' '), ...s.split(' ').filter((n) => n)].map((n) => {
  const [name, from] = n.split('>=');
  return [name, from ? Number(from) : 0] as const;
}))]));

/**
 * Whether an object of type row `type` (no instance dict) has attribute `name` on CPython 3.`minor`:
 * true / false, undefined when the row is not in the table or the name depends on a version not
 * given; `none` when the attribute is None (`list.__hash__`).
 */
export function builtinTypeHas(type: string, name: string, minor?: number): boolean | 'none' | undefined {
  const names = TABLE.get(type);
  if (!names) return undefined;
  if (name === '__hash__' && HASH_NONE.has(type)) return 'none';
  if (type === 'NoneType' && name === '__doc__') return 'none';
  const from = names.get(name);
  if (from === undefined) return false;
  if (!from) return true;
  return minor === undefined ? undefined : minor >= from;
}

/**
 * The table row of `obj`'s type when the model knows that type exactly (undefined otherwise): no
 * subclass of the program, no stand-in for a value of unknown type. An async generator is a
 * 'generator' of the model with other names (ag_*, asend …): not one.
 */
export function exactTypeRow(obj: PyObj): string | undefined {
  if (exactBuiltin(obj)) return obj.type;
  if (obj.cls || obj.pureValue || obj.fuzzyValue) return undefined;
  switch (obj.kind) {
    case 'dict': case 'list': return COLLECTION_ROWS.has(obj.type) ? obj.type : undefined;
    case 'generator': {
      if (obj.type === 'coroutine') return obj.builtinName === COROUTINE ? 'coroutine' : undefined;
      const code = obj.genFrame?.code;
      return obj.type === 'generator' && !obj.builtinName && code && !('isAsync' in code && code.isAsync) ? 'generator' : undefined;
    }
    case 'iterator': return ITERATOR_ROWS.get(obj.type);
    case 'builtin': return ((obj.builtinName === RE_MATCH || obj.builtinName === RE_PATTERN) && obj.type === obj.builtinName)
      || ((obj.builtinName === STRING_IO || obj.builtinName === BYTES_IO) && TABLE.has(obj.type)) ? obj.type : undefined;
    default: return undefined;
  }
}

/**
 * Whether `obj` has attribute `name` (CPython 3.`minor`) by its exact type alone: true / false /
 * 'none' as builtinTypeHas, undefined when its type is not known exactly, or when a name its type
 * lacks may be in its own __dict__ (an OrderedDict the program stored an attribute on, `dictMaybe`,
 * or one unknown code had).
 */
export function objectTypeHas(obj: PyObj, name: string, minor?: number): boolean | 'none' | undefined {
  const row = exactTypeRow(obj);
  if (!row) return undefined;
  const has = builtinTypeHas(row, name, minor);
  if (has === false && WITH_DICT.has(row) && (obj.fuzzy || obj.attrs?.size || obj.dictObj || obj.dictMaybe)) return undefined;
  return has;
}

/**
 * Whether `name` is not one of the names of `obj`'s exact type but its own __dict__ may hold it
 * (an OrderedDict the program stored an attribute on): the value is that attribute, if any.
 */
export function ownDictMayHold(obj: PyObj, name: string, minor?: number): boolean {
  const row = exactTypeRow(obj);
  return !!row && WITH_DICT.has(row) && builtinTypeHas(row, name, minor) === false && objectTypeHas(obj, name, minor) === undefined;
}

/**
 * Whether `obj` has no __dict__ of its own and its exact type lacks `name`: a store or deletion of
 * the name (PyObject_GenericSetAttr: no descriptor, no dict) raises AttributeError.
 */
export function noDictLacks(obj: PyObj | undefined, name: string, minor?: number): boolean {
  const row = obj ? exactTypeRow(obj) : undefined;
  return !!row && !WITH_DICT.has(row) && builtinTypeHas(row, name, minor) === false;
}

/** The names a store on an object of these rows (no __dict__) may set: measured, every other raises AttributeError. */
const WRITABLE: Readonly<Record<string, ReadonlySet<string>>> = {
  generator: new Set(['__name__', '__qualname__']),
  coroutine: new Set(['__name__', '__qualname__']),
  defaultdict: new Set(['default_factory']),
};

/**
 * What `obj.name = v` does by `obj`'s exact type, when that type has no __dict__ (undefined
 * otherwise, and for `__class__`, a TypeError): 'allowed' for its few writable attributes,
 * 'read-only' for another name the type has (a method, `deque.maxlen`, `m.pos`: the descriptor
 * refuses, the AttributeError does not keep the object on 3.13), 'no-dict' for a name it lacks
 * (the generic store's AttributeError, which keeps it on 3.13). Measured with setattr of every
 * dir() name and a new one, and sys.getrefcount in the handler, on 3.11-3.13.
 */
export function storeByType(obj: PyObj, name: string, minor?: number): 'allowed' | 'read-only' | 'no-dict' | undefined {
  const row = exactTypeRow(obj);
  if (!row || WITH_DICT.has(row) || name === '__class__') return undefined;
  if (WRITABLE[row]?.has(name)) return 'allowed';
  const has = builtinTypeHas(row, name, minor);
  return has === undefined ? undefined : has === false ? 'no-dict' : 'read-only';
}

/** Whether `obj`'s exact type gives its instances a __dict__ of their own (a store there adds names: `dictMaybe`). */
export function hasOwnDict(obj: PyObj): boolean {
  const row = exactTypeRow(obj);
  return !!row && WITH_DICT.has(row);
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
