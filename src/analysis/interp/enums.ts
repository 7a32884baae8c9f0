// Classes built on the enum module, whose metaclass the analysis does not run:
// EnumType.__new__ replaces each plain class attribute by a member object
// (holding the value as `_value_`, indexed in the class's member maps) and
// gives the class references of its own. Without this the class would look
// like a plain one whose attributes are the raw values: `State.BUSY` an int,
// `State.BUSY == 2` true, its count confidently wrong. Members are unknown
// objects here (open counts); a plain Enum's members compare by identity.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { G, Interpreter } from './interpreter';
import { LIMITS } from './limits';
import type { PyObj } from './objects';

/** 'plain': Enum / Flag (identity equality); 'mixed': IntEnum, StrEnum, ... (the value's equality). */
export type EnumKind = 'plain' | 'mixed';

/** Which enum machinery a class statement's bases bring in, if any. */
export function enumKindOf(bases: PyObj[]): EnumKind | undefined {
  let kind: EnumKind | undefined;
  let mixin = false;
  for (const b of bases) {
    const name = b.kind === 'unknown' ? b.moduleName : undefined;
    const k = b.enumKind ?? (name?.startsWith('enum.') ? (name === 'enum.Enum' || name === 'enum.Flag' ? 'plain' : 'mixed') : undefined);
    if (k) kind = kind === 'mixed' ? kind : k;
    else mixin = true;
  }
  // Another base mixed in (a data type, a plain class) may bring its own equality.
  return kind && mixin ? 'mixed' : kind;
}

/** Kinds of class-body values that stay what they are (methods, descriptors, nested classes). */
const NOT_MEMBERS = new Set(['function', 'property', 'classmethod', 'staticmethod', 'descriptor', 'class']);

/** The builtinName of what `enum.auto()` returns: a value EnumType replaces by a fresh one (distinct ints, names for StrEnum). */
export const ENUM_AUTO = 'enum.auto()';

/**
 * A value's identity for alias detection (equal values make one member, the later names aliases):
 * a known scalar's hash key, an auto() placeholder by itself, else undefined (unknown: may equal any).
 */
function valueIdentity(ip: Interpreter, v: PyObj, tuples: boolean): string | undefined {
  if (v.builtinName === ENUM_AUTO) return `auto:${v.id}`;
  // A tuple of known scalars (a constant): its hash key, equal tuples being one value. Only where
  // the tuple itself becomes `_value_` (a plain Enum without __new__; a data-type mixin's
  // `_value_` is `T(*value)`).
  if (v.kind === 'tuple' && !v.cls && !v.fuzzy) {
    const k = tuples ? ip.b.hashKey(v) : 'id:';
    return k.includes('id:') ? undefined : k;
  }
  if (v.fuzzy && v.kind !== 'str' && v.kind !== 'int' && v.kind !== 'float') return undefined;
  if (v.kind === 'bool' && v.value === undefined) return undefined;
  if (v.kind === 'int' || v.kind === 'float' || v.kind === 'str' || v.kind === 'bytes' || v.kind === 'bool' || v.kind === 'none') {
    const k = ip.b.hashKey(v);
    return k.startsWith('id:') ? undefined : k;
  }
  return undefined;
}

/** Names EnumType never makes members: _sunder_ and __dunder__ names, private (mangled) names. */
function notMemberName(name: string): boolean {
  return (name.startsWith('_') && name.endsWith('_')) || /^_[A-Za-z0-9]+__/.test(name);
}

/**
 * EnumType.__new__ on the class namespace: members replace the plain attributes.
 * A member is held by the class __dict__ and `_member_map_` once per name it has, and (its value
 * being hashable) once by `_value2member_map_` (measured: 3.11-3.13 alike); it holds its `_value_`
 * and `_name_`. A name whose value equals an earlier member's is an alias: the same member
 * (`Cls.AA is Cls.A`), its own value dropped. Values known to be distinct hashable scalars or
 * auto()s give members of known counts; one value of unknown identity may equal any other, so then
 * every member is left open. The members, each once in definition order, when all are known: what
 * iterating the class yields, and what makes the class's own count known (enumClassCountKnown).
 */
export function makeMembers(ip: Interpreter, ns: Map<string, PyObj>, kind: EnumKind, pos: { line: number; col: number }, bases: PyObj[]): PyObj[] | undefined {
  const h = ip.heap;
  const named: [string, PyObj, string | undefined][] = [];
  const tuples = kind === 'plain' && !ns.has('__new__') && !bases.some((b) => b.kind === 'class' && ip.b.lookupClassAttr(b, '__new__'));
  for (const [name, v] of ns) if (!notMemberName(name) && !NOT_MEMBERS.has(v.kind)) named.push([name, v, valueIdentity(ip, v, tuples)]);
  // auto() after explicit values counts on from the last one (a mixed enum's may be a str, a class's
  // own _generate_next_value_ anything): it may repeat an earlier value.
  const autos = named.some(([, , k]) => k?.startsWith('auto:'));
  const explicit = named.some(([, , k]) => k !== undefined && !k.startsWith('auto:') && (kind === 'mixed' || !k.startsWith('s:')));
  const open = named.some(([, , k]) => k === undefined) || (autos && (explicit || ns.has('_generate_next_value_')));
  const members: PyObj[] = [];
  const byValue = new Map<string, PyObj>();
  for (const [name, v, k] of named) {
    const same = open ? undefined : byValue.get(k!);
    if (same) {
      // An alias: one more name in the class dict and in _member_map_.
      ns.set(name, h.incref(same)!);
      same.hiddenHolders += 1;
      h.incref(same);
      h.decref(v);
      continue;
    }
    const m = ip.b.unknown(pos.line, pos.col);
    m.attrs = new Map([['_value_', v], ['_name_', ip.b.newStrImmortal(name)]]);
    m.enumMember = kind === 'plain';
    ns.set(name, m);
    members.push(m);
    if (open) { h.escape(v); continue; }
    byValue.set(k!, m);
    m.fuzzy = false;
    m.rc += 2;
    m.hiddenHolders = 2;
    // The value is the member's _value_ and a key of _value2member_map_ (measured: 3.11-3.13).
    if (v.immortal) continue;
    v.rc += 1;
    v.hiddenHolders += 1;
  }
  return open ? undefined : members;
}

/**
 * `member.__init__(*args)` for each new member of a class whose `__init__` is the program's
 * (`_proto_member.__set_name__`, 3.11-3.13): args are the value's items when it is a tuple, else
 * the value alone. Run in definition order once the members know their class.
 */
export function* initMembers(ip: Interpreter, klass: PyObj, members: PyObj[], frame: Frame, pos: { line: number; col: number }): G<void> {
  const init = ip.b.lookupClassAttr(klass, '__init__');
  if (init?.kind !== 'function') return;
  for (const m of members) {
    const v = m.attrs!.get('_value_')!;
    const args = v.kind === 'tuple' && !v.cls && !v.fuzzy ? [...v.items!] : [v];
    ip.heap.decref(yield* ip.callFromC(init, [m, ...args], frame, { line: pos.line, col: pos.col, key: `${pos.line}:${pos.col}:enum_init` }));
  }
}

/** Whether `o` is a member of an enum class (plain or mixed, a Flag's pseudo-member too): an unknown object carrying its class and `_name_`. */
export function isEnumMemberObj(o: PyObj): boolean {
  return o.kind === 'unknown' && !!o.cls?.enumKind && !!o.attrs?.has('_name_');
}

/**
 * bool(member) (measured 3.11-3.13): a plain Enum's member is true whatever its value (enum.py
 * defines no __bool__ for it: object's default); Flag.__bool__ is bool(_value_), and an int-type
 * member (IntEnum, IntFlag, an int mixin) is its int's truth. A class of the program defining
 * __bool__ / __len__, or another mixin: undefined (not decided here). (enum's own bases are not
 * in the model's MRO, `unknownBase`: a 'plain' kind says every base is Enum / Flag or a plain enum.)
 */
export function enumMemberTruth(b: Builtins, o: PyObj, truthOfValue: (v: PyObj) => boolean | undefined): boolean | undefined {
  const cls = o.cls!;
  if (b.lookupClassAttr(cls, '__bool__') || b.lookupClassAttr(cls, '__len__')) return undefined;
  const v = o.attrs!.get('_value_');
  if (cls.enumFlag || cls.enumIntType) return v && (v.kind === 'int' || v.kind === 'bool') ? truthOfValue(v) : undefined;
  return cls.enumKind === 'plain' ? true : undefined;
}

/** The enum.* classes a class statement may derive from; all Python classes whose instances have a __dict__ and weak references. */
const ENUM_BASES = new Set(['enum.Enum', 'enum.IntEnum', 'enum.StrEnum', 'enum.Flag', 'enum.IntFlag', 'enum.ReprEnum']);

/** A base that is one of enum's own classes. */
export function isEnumModuleBase(b: PyObj): boolean {
  return b.kind === 'unknown' && ENUM_BASES.has(b.moduleName ?? '');
}

/**
 * Whether the count of a new enum class is known: the class holds itself through __mro__, and
 * each member holds it twice, as its type and as `member.__objclass__` (set by enum.py), nothing
 * else in the class refers to it (measured 3.11-3.13: Enum, IntEnum, StrEnum, Flag, IntFlag, with
 * methods, properties, auto(), aliases; looking members up adds nothing). Known when every member
 * is (`members` from makeMembers) and the class's __dict__ / __weakref__ descriptors are: bases
 * that are enum's classes or the program's member-less enums (both already have them), or enum's
 * classes after one mixed-in class (newClass counts its descriptors: the best base is the mixin,
 * Enum's layout being object's). Not with `_ignore_` (names the model would take for members), nor
 * with a nested class (a member up to 3.12, not from 3.13).
 */
export function enumClassCountKnown(bases: PyObj[], ns: Map<string, PyObj>, members: PyObj[] | undefined): boolean {
  if (!members || ns.has('_ignore_') || [...ns].some(([n, v]) => v.kind === 'class' && !notMemberName(n))) return false;
  const userEnum = (b: PyObj): boolean => b.kind === 'class' && !!b.enumKind && !b.enumMembers?.length && !b.foreignMeta;
  const enumBases = bases.filter((b) => isEnumModuleBase(b) || userEnum(b));
  const mixins = bases.filter((b) => !enumBases.includes(b));
  if (!enumBases.length) return false;
  if (!mixins.length) return true;
  return mixins.length === 1 && bases[0] === mixins[0] && enumBases.every(isEnumModuleBase)
    && mixins[0].kind === 'class' && !mixins[0].enumKind && !mixins[0].foreignMeta && !mixins[0].unknownBase
    && (!mixins[0].external || DATA_TYPES.has(mixins[0].builtinName ?? ''));
}

/** Builtin data types an enum mixes in whose descriptors newClass knows (a __dict__ one; a __weakref__ one unless variable-sized). */
const DATA_TYPES = new Set(['str', 'int', 'float', 'bytes', 'tuple']);

/**
 * A Flag class's definition order of its single-bit members (the ones iteration yields), when
 * known: EnumType.__new__ stores a bound method `_iter_member_by_def_` (holding the class) as
 * `_iter_member_` when their values are not ascending (enum.py 3.11-3.13). Undefined when a value
 * is not a known int (or auto() beside explicit values: makeMembers then knows no members).
 */
export function flagValuesUnsorted(members: PyObj[]): boolean | undefined {
  const singles: bigint[] = [];
  for (const m of members) {
    const v = m.attrs?.get('_value_');
    if (v?.builtinName === ENUM_AUTO) continue; // (auto(): the next power of two, ascending)
    if (v?.kind !== 'int' || typeof v.value !== 'bigint' || v.fromId) return undefined;
    if (v.value > 0n && (v.value & (v.value - 1n)) === 0n) singles.push(v.value);
  }
  return singles.some((x, i) => i > 0 && x < singles[i - 1]);
}

/** The operators an IntFlag takes from Flag, not from int. */
const BITWISE = new Set(['&', '|', '^', '~']);

/** A known member of a class built on the enum module (not a pseudo-member left open). */
function knownMember(o: PyObj): boolean {
  return o.kind === 'unknown' && !o.fuzzy && !!o.cls?.enumKind && !!o.attrs?.has('_name_') && !o.cls.foreignMeta;
}

/**
 * Whether a new enum class's members are ints, from its class statement's bases (enum's own
 * bases are not kept in `bases`): IntEnum, IntFlag ('flag': `& | ^` are Flag's), an int mixin,
 * or a program enum that already is one.
 */
export function enumIntType(bases: PyObj[], flag: boolean): 'int' | 'flag' | undefined {
  for (const b of bases) {
    if (b.kind === 'unknown' && (b.moduleName === 'enum.IntEnum' || b.moduleName === 'enum.IntFlag')) return b.moduleName === 'enum.IntFlag' ? 'flag' : 'int';
    if (b.kind === 'class' && b.external && b.builtinName === 'int') return flag ? 'flag' : 'int';
    if (b.kind === 'class' && b.enumIntType) return b.enumIntType;
  }
  return undefined;
}

/**
 * The operand int arithmetic sees for an IntEnum / IntFlag member (`member + 1` runs int's own
 * __add__: a plain new int, nothing kept): its exact int `_value_`, which equals the member's int
 * part. Undefined for anything else, for an IntFlag's `& | ^` (Flag's methods), or where the
 * program's classes define the operator.
 */
export function intEnumOperand(b: Builtins, o: PyObj, op: string, dunder: string | undefined): PyObj | undefined {
  if (!knownMember(o) || !dunder) return undefined;
  const kind = o.cls!.enumIntType;
  if (!kind || (kind === 'flag' && BITWISE.has(op))) return undefined;
  if (b.lookupClassAttr(o.cls!, `__${dunder}__`) || b.lookupClassAttr(o.cls!, `__r${dunder}__`)) return undefined;
  const v = o.attrs!.get('_value_');
  return v?.kind === 'int' && v.type === 'int' && typeof v.value === 'bigint' && !v.fromId ? v : undefined;
}

/**
 * The operands of `<`, `<=`, `>`, `>=` with an IntEnum / IntFlag member on one side (int's
 * richcompare on its int part, no Python code, nothing kept): each member replaced by its exact
 * int `_value_`, against a plain number or another such member. Undefined otherwise, or where
 * the member's class defines an order method.
 */
export function intEnumCompared(b: Builtins, l: PyObj, r: PyObj): [PyObj, PyObj] | undefined {
  const plain = (o: PyObj): PyObj | undefined => {
    if (!knownMember(o)) return (o.kind === 'int' || o.kind === 'bool' || o.kind === 'float') && o.type === o.kind ? o : undefined;
    if (ORDER.some((n) => b.lookupClassAttr(o.cls!, n))) return undefined;
    return intEnumOperand(b, o, '<', 'lt');
  };
  if (!knownMember(l) && !knownMember(r)) return undefined;
  const a = plain(l);
  const c = plain(r);
  return a && c ? [a, c] : undefined;
}

const ORDER = ['__lt__', '__le__', '__gt__', '__ge__'];

/** A plain Flag's members, each once in definition order, with their int values (explicit ints, or all auto(): 1, 2, 4 …). */
function flagValues(cls: PyObj): Map<PyObj, bigint> | undefined {
  const members: PyObj[] = [];
  for (const v of cls.attrs?.values() ?? []) if (knownMember(v) && v.cls === cls && !members.includes(v)) members.push(v);
  const values = members.map((m) => m.attrs!.get('_value_'));
  const autos = values.filter((v) => v?.builtinName === ENUM_AUTO).length;
  if (autos && autos !== values.length) return undefined;
  const out = new Map<PyObj, bigint>();
  for (let i = 0; i < members.length; i++) {
    const v = values[i];
    if (autos) out.set(members[i], 1n << BigInt(i));
    else if (v?.kind === 'int' && v.type === 'int' && typeof v.value === 'bigint' && !v.fromId && v.value >= 0n) out.set(members[i], v.value);
    else return undefined;
  }
  return out;
}

/**
 * What iterating a plain Flag's member or cached combination yields (Flag.__iter__ →
 * `_iter_member_by_value_`, 3.11-3.13): the canonical members of its bits, lowest bit first (the
 * `_value2member_map_` entries, no new objects). Undefined where that is not known: a class
 * whose members are not all single bits, or not in ascending order (`_iter_member_by_def_`), or
 * that defines `__iter__` / `_missing_`.
 */
export function flagIterMembers(b: Builtins, o: PyObj): PyObj[] | undefined {
  const cls = o.cls;
  if (!knownMember(o) || !cls?.enumFlag || cls.enumKind !== 'plain' || cls.attrs?.has('_iter_member_')) return undefined;
  if (['__iter__', '_missing_', '_iter_member_'].some((n) => b.lookupClassAttr(cls, n))) return undefined;
  const values = flagValues(cls);
  const masks = flagMasks(cls);
  // (_iter_member_by_value_ looks each bit of `value & _flag_mask_` up in _value2member_map_: a
  // bit only a multi-bit member has would give None; 0 and multi-bit members are never yielded)
  if (!values || !masks || (masks.flag & ~masks.singles) !== 0n || !allMembersKnown(cls)) return undefined;
  const value = values.get(o) ?? [...(cls.flagPseudoMembers ?? [])].find(([, p]) => p === o)?.[0];
  if (value === undefined) return undefined;
  const bySingle = new Map([...values].filter(([, v]) => v > 0n && (v & (v - 1n)) === 0n).map(([m, v]) => [v, m]));
  const out: PyObj[] = [];
  // (one round per member: a value's bits are all members' bits)
  for (const v of [...bySingle.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    if ((value & v) === 0n) continue;
    out.push(bySingle.get(v)!);
  }
  // a bit no member has (a pseudo-member is made of members' bits only): not known
  const covered = out.reduce((acc, m) => acc | values.get(m)!, 0n);
  return covered === value ? out : undefined;
}

/**
 * What iterating a Flag class yields (EnumType.__iter__: `_member_map_[name] for name in
 * _member_names_`, 3.11-3.13): its single-bit members in definition order, the ones
 * _proto_member records in `_member_names_` (not 0, not multi-bit ones, not aliases). Undefined
 * when a member is not known or a metaclass of the program's may iterate otherwise.
 */
export function flagClassMembers(o: PyObj): PyObj[] | undefined {
  if (o.kind !== 'class' || !o.enumFlag || o.foreignMeta || !allMembersKnown(o)) return undefined;
  const values = flagValues(o);
  return values ? [...values].filter(([, v]) => v > 0n && (v & (v - 1n)) === 0n).map(([m]) => m) : undefined;
}

/** Every member in the class's namespace is one whose value the model knows (none left open by makeMembers). */
function allMembersKnown(cls: PyObj): boolean {
  return ![...cls.attrs?.values() ?? []].some((v) => v.kind === 'unknown' && v.cls === cls && !!v.attrs?.has('_name_') && !knownMember(v));
}

/**
 * `a | b`, `a & b`, `a ^ b` of two members of one plain Flag class (Flag.__or__ / __and__ /
 * __xor__: `cls(a._value_ op b._value_)`, 3.11-3.13): the member of that value, or a cached
 * pseudo-member (flagMember). An IntFlag member takes a plain int on either side too (its member
 * type: `cls(a._value_ op n)`; with the int on the left, int's slot defers to the subclass's
 * reflected one, the same method), its result kept whatever the bits (KEEP). Undefined when not
 * followed.
 */
export function flagCombine(b: Builtins, op: string, l: PyObj, r: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  const cls = knownMember(l) ? l.cls : knownMember(r) ? r.cls : undefined;
  const name = FLAG_DUNDER[op];
  if (!name || !cls || !plainFlag(b, cls, [`__${name}__`, `__r${name}__`], true)) return undefined;
  const operand = (o: PyObj): bigint | undefined => (knownMember(o) ? (o.cls === cls ? flagValueOf(cls, o) : undefined) : keepsAnyBits(cls) ? plainIntValue(o) : undefined);
  const x = operand(l);
  const y = operand(r);
  if (x === undefined || y === undefined) return undefined;
  return flagMember(b, cls, op === '|' ? x | y : op === '&' ? x & y : x ^ y, pos);
}

/**
 * `Cls(n)` of a plain Flag / IntFlag class with a known int (EnumType.__call__ → Enum.__new__:
 * `_value2member_map_[n]`, else Flag._missing_, 3.11-3.13): the member or cached pseudo-member
 * flagMember gives, the same path `a | b` takes (Flag.__or__ is `cls(a._value_ | b._value_)`).
 * `Perm(0)` is the zero pseudo-member, cached, so the next `Perm(0)` is it again (measured 3.12 /
 * 3.13: the name and the cache, 2). Undefined when not followed (a class's own __new__ /
 * _missing_, a metaclass of the program's, bits the boundary refuses: ValueError).
 */
export function flagByValue(b: Builtins, cls: PyObj, v: PyObj, pos: { line: number; col: number }): PyObj | 'ValueError' | undefined {
  if (cls.foreignMeta || !plainFlag(b, cls, [], true)) return undefined;
  const x = plainIntValue(v);
  if (x === undefined) return undefined;
  // A plain Flag's default boundary is STRICT (3.11-3.13): bits outside `_all_bits_`, or inside it
  // but no member's (`value & (all_bits ^ flag_mask)`), raise ValueError in _missing_.
  const masks = flagMasks(cls);
  if (masks && !cls.enumIntType && !cls.flagBoundaryGiven && (x < ~masks.all || x > masks.all || (x & (masks.all ^ masks.flag)) !== 0n)) return 'ValueError';
  return flagMember(b, cls, x, pos);
}

/** An IntFlag class under its default KEEP boundary: any int is a value of it (Flag._missing_). */
function keepsAnyBits(cls: PyObj): boolean {
  return cls.enumIntType === 'flag' && !cls.flagBoundaryGiven;
}

/** The value of an exact int the model knows (not a bool: `True | m` is bool's slot, a plain int). */
function plainIntValue(o: PyObj): bigint | undefined {
  return o.kind === 'int' && o.type === 'int' && !o.cls && !o.fromId && typeof o.value === 'bigint' ? o.value : undefined;
}

/**
 * `a in b` of two members (or cached pseudo-members) of one plain Flag (Flag.__contains__,
 * 3.11-3.13: `a._value_ & b._value_ == a._value_`): a bool, nothing kept. Undefined when not followed.
 */
export function flagContains(b: Builtins, l: PyObj, r: PyObj): boolean | undefined {
  const cls = r.cls;
  if (!knownMember(l) || !knownMember(r) || !cls || l.cls !== cls || !plainFlag(b, cls, ['__contains__'], true)) return undefined;
  const x = flagValueOf(cls, l);
  const y = flagValueOf(cls, r);
  return x === undefined || y === undefined ? undefined : (x & y) === x;
}

const FLAG_DUNDER: Record<string, string> = { '|': 'or', '&': 'and', '^': 'xor' };

/**
 * A plain Flag class whose operators and member lookup are enum.py's own; with `intFlag`, an
 * IntFlag too (its `| & ^` and `in` are Flag's on two members: the same `_value_` arithmetic, a
 * combination of members' bits the same cached pseudo-member under its KEEP boundary).
 */
function plainFlag(b: Builtins, cls: PyObj, own: string[], intFlag = false): boolean {
  return !!cls.enumFlag && (cls.enumKind === 'plain' || (intFlag && cls.enumIntType === 'flag')) && ![...own, '_missing_', '__new__'].some((n) => b.lookupClassAttr(cls, n));
}

/** A member's or cached pseudo-member's int value, when the class's values are known (flagValues). */
function flagValueOf(cls: PyObj, m: PyObj): bigint | undefined {
  const values = flagValues(cls);
  return values?.get(m) ?? (values ? [...(cls.flagPseudoMembers ?? [])].find(([, p]) => p === m)?.[0] : undefined);
}

/**
 * `~m` of a member or pseudo-member of a plain Flag (Flag.__invert__, 3.11-3.13 alike): the first
 * time `cls(_singles_mask_ & ~value)` (STRICT / CONFORM boundary, Flag's default), stored in the
 * operand's own `_inverted_` attribute, which every later `~m` returns (measured: `~EXEC is
 * EXEC._inverted_`, one more reference to the result while m lives). An IntFlag (KEEP) takes
 * `cls(~value)`, a negative value _missing_ maps back into its bits (flagMember). Undefined when
 * not followed (a class naming its own boundary).
 */
export function flagInvert(b: Builtins, o: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  const cls = o.cls;
  if (!knownMember(o) || !cls || cls.flagBoundaryGiven || !plainFlag(b, cls, ['__invert__'], true)) return undefined;
  const h = b.it.heap;
  const cached = o.attrs!.get('_inverted_');
  if (cached) return h.incref(cached)!;
  const masks = flagMasks(cls);
  const x = flagValueOf(cls, o);
  if (!masks || x === undefined) return undefined;
  const inv = flagMember(b, cls, keepsAnyBits(cls) ? ~x : masks.singles & ~x, pos);
  if (!inv) return undefined;
  o.attrs!.set('_inverted_', h.incref(inv)!);
  b.it.recorder.noteEdge(o, inv);
  return inv;
}

/** A Flag class's `_flag_mask_` (every member's bits), `_singles_mask_` and `_all_bits_` (EnumType, 3.11-3.13). */
function flagMasks(cls: PyObj): { flag: bigint; singles: bigint; all: bigint } | undefined {
  const values = flagValues(cls);
  if (!values) return undefined;
  let flag = 0n;
  let singles = 0n;
  for (const v of values.values()) {
    flag |= v;
    if (v > 0n && (v & (v - 1n)) === 0n) singles |= v;
  }
  return { flag, singles, all: (1n << BigInt(bitLength(flag))) - 1n };
}

/** int.bit_length(). */
function bitLength(v: bigint): number {
  return v === 0n ? 0 : (v < 0n ? -v : v).toString(2).length;
}

/**
 * `cls(value)` for a combination of a Flag's bits (owned): the member of that value, or the
 * pseudo-member Flag._missing_ makes for a new combination the first time and caches in
 * `_value2member_map_` (setdefault), so the same value again gives the same object (measured
 * 3.11-3.13; _missing_ is the same code in all three). A pseudo-member holds its class once (no
 * `__objclass__`), its value and a new name str (None when no member's bits are in it); the cache
 * holds it and its value as the key (a new int equal to it where bits outside the single members
 * are kept: `value = member_value | aliases`). A negative value (an IntFlag's `~`, KEEP) is first
 * moved into the class's bits (`max(all_bits+1, 2**bit_length) + value` when out of range, else
 * `all_bits + 1 + value`), and the negative value is a second key of the result. Undefined past
 * the limit of cached ones, or for bits a plain Flag's boundary would refuse.
 */
function flagMember(b: Builtins, cls: PyObj, value: bigint, pos: { line: number; col: number }): PyObj | undefined {
  const h = b.it.heap;
  const values = flagValues(cls);
  const masks = flagMasks(cls);
  if (!values || !masks) return undefined;
  const lookup = (v: bigint): PyObj | undefined => [...values].find(([, x]) => x === v)?.[0] ?? cls.flagPseudoMembers?.get(v);
  const hit = lookup(value);
  if (hit) return h.incref(hit)!;
  const pseudo = (cls.flagPseudoMembers ??= new Map());
  if (pseudo.size >= LIMITS.MAX_FLAG_PSEUDO_MEMBERS) return undefined;
  let v = value;
  let neg: bigint | undefined;
  if (v < ~masks.all || v > masks.all || (v & (masks.all ^ masks.flag)) !== 0n) {
    if (!keepsAnyBits(cls)) return undefined;
    if (v < 0n) v = (masks.all + 1n > 1n << BigInt(bitLength(v)) ? masks.all + 1n : 1n << BigInt(bitLength(v))) + v;
  }
  if (v < 0n) {
    neg = v;
    v = masks.all + 1n + v;
  }
  // (setdefault: a value already there keeps its object, the new pseudo-member is dropped unseen)
  let m = lookup(v);
  if (m) h.incref(m);
  else m = newPseudoMember(b, cls, values, v, masks.singles, pos);
  if (neg !== undefined) {
    // (`_value2member_map_[neg_value] = pseudo_member`)
    m.rc += 1;
    m.hiddenHolders += 1;
    m.hiddenWhy ??= "the Flag's _value2member_map_ (a cached combination)";
    hideKey(b.newInt(neg, pos));
    pseudo.set(neg, m);
  }
  return m;
}

/** A new int the class's `_value2member_map_` holds as a key, out of the program's sight. */
function hideKey(k: PyObj): void {
  if (k.immortal) return;
  k.hiddenHolders += 1;
}

/** Flag._missing_'s new pseudo-member of value `v` (owned), stored in the cache (flagMember). */
function newPseudoMember(b: Builtins, cls: PyObj, values: Map<PyObj, bigint>, v: bigint, singles: bigint, pos: { line: number; col: number }): PyObj {
  const h = b.it.heap;
  const m = b.unknown(pos.line, pos.col);
  m.fuzzy = false;
  const val = b.newInt(v, pos);
  const named = [...values.values()].some((x) => x !== 0n && (x & v) === x);
  m.attrs = new Map([['_value_', val], ['_name_', named ? b.newStr(undefined, pos) : h.incref(b.none)!]]);
  m.cls = h.incref(cls);
  m.enumMember = true;
  // (the cache's references: to the member, and to its value as the key)
  m.rc += 1;
  m.hiddenHolders = 1;
  m.hiddenWhy = "the Flag's _value2member_map_ (a cached combination)";
  if ((v & ~singles) !== 0n) hideKey(b.newInt(v, pos));
  else if (!val.immortal) { val.rc += 1; val.hiddenHolders += 1; }
  cls.flagPseudoMembers!.set(v, m);
  return m;
}

/**
 * An enum class's `_member_map_` (name -> member, aliases included, in definition order), made a
 * dict of the class's namespace on its first read: `Cls.__members__` is a new mappingproxy of it
 * (EnumType.__members__), `Cls._member_map_` the dict itself. Until then its references were each
 * member's hidden holders (makeMembers); from here they are the dict's entries, so the members'
 * counts do not change. Only for classes whose members are all known (not a Flag: its map also
 * gets pseudo-members) and with no metaclass of the program's.
 */
export function enumMemberMap(b: Builtins, klass: PyObj, pos: { line: number; col: number }): PyObj | undefined {
  if (klass.kind !== 'class' || !klass.enumMembers || klass.enumFlag || klass.foreignMeta || !klass.attrs) return undefined;
  const existing = klass.attrs.get('_member_map_');
  if (existing) return existing.kind === 'dict' ? existing : undefined;
  const h = b.it.heap;
  const d = b.newDict(pos);
  for (const [name, m] of klass.attrs) {
    if (m.kind !== 'unknown' || m.cls !== klass || !m.attrs?.has('_name_') || m.hiddenHolders < 1) continue;
    b.dictSet(d, b.newStrImmortal(name), h.incref(m)!);
    // (the entry is the reference the hidden holder stood for)
    m.rc -= 1;
    m.hiddenHolders -= 1;
    m.hiddenWhy = "the enum's _value2member_map_";
  }
  klass.attrs.set('_member_map_', d);
  if (klass.dictObj) klass.dictObj.tracked = true;
  return d;
}

/**
 * What an enum class body's namespace (EnumType.__prepare__'s _EnumDict) knows while the body runs:
 * how many member names it stored and their values (`_last_values`), for resolving `auto()`.
 * `last` undefined: a value that is not a known int, a store the model is not sure of, or a
 * `_generate_next_value_` of the body's own; auto() then stays a placeholder (makeMembers).
 */
export interface EnumBodyState { flag: boolean; count: number; last: bigint[] | undefined; resolved: Map<PyObj, bigint> }

/** The enum module's own bases whose _generate_next_value_ gives ints (Enum's, Flag's). */
const INT_AUTO_BASES = new Set(['enum.Enum', 'enum.IntEnum', 'enum.Flag', 'enum.IntFlag']);

/**
 * The state of an enum class body about to run, when auto() there gives ints the model can
 * compute: every base is Enum, IntEnum, Flag or IntFlag, or an enum class of the program's
 * without members, a mixin or a `_generate_next_value_` of its own. Undefined otherwise
 * (StrEnum's auto() is the lower-cased name; a mixin's value goes through its type).
 */
export function enumBodyState(ip: Interpreter, bases: PyObj[]): EnumBodyState | undefined {
  if (!bases.length) return undefined;
  let flag = false;
  for (const b of bases) {
    if (b.kind === 'unknown' && b.moduleName && INT_AUTO_BASES.has(b.moduleName)) {
      flag ||= b.moduleName.endsWith('Flag');
      continue;
    }
    const programEnum = b.kind === 'class' && !!b.enumKind && !b.foreignMeta && (b.enumKind === 'plain' || !!b.enumIntType);
    if (!programEnum || b.enumMembers?.length || ip.b.lookupClassAttr(b, '_generate_next_value_')) return undefined;
    flag ||= !!b.enumFlag;
  }
  return { flag, count: 0, last: [], resolved: new Map() };
}

/**
 * `name = value` in an enum class body (_EnumDict.__setitem__, 3.11-3.13 alike): a top-level
 * `auto()` is replaced by `_generate_next_value_(name, 1, count, last_values)` right away, so later
 * lines of the body see the int (`ALL = READ | WRITE`). Enum's gives 1 first, then the largest
 * value + 1 (3.11 / 3.12 warn unless the last value is the largest: not resolved then); Flag's 1
 * first, then the power of two above the largest. Returns what is stored (owned).
 */
export function enumBodyStore(ip: Interpreter, st: EnumBodyState, name: string, value: PyObj, unsure: boolean, pos: { line: number; col: number }): PyObj {
  if (name === '_generate_next_value_' || unsure) st.last = undefined;
  if (notMemberName(name) || NOT_MEMBERS.has(value.kind)) return value;
  let v = value;
  // (an auto() stored a second time, `A = B = auto()`: its value is already set, the same int)
  const again = value.builtinName === ENUM_AUTO ? st.resolved.get(value) : undefined;
  if (again !== undefined) {
    ip.heap.decref(value);
    v = ip.b.newInt(again, pos);
  } else if (value.builtinName === ENUM_AUTO && st.last) {
    const max = st.last.reduce((a, x) => (x > a ? x : a), st.last[0] ?? 0n);
    const last = st.last[st.last.length - 1];
    // (bit_length; a Flag's largest value 0 gives 2 ** 0, a negative one raises: not resolved)
    const bits = max === 0n ? 0 : max.toString(2).length;
    const n = !st.last.length ? 1n : st.flag ? (max >= 0n ? 1n << BigInt(bits) : undefined) : last === max ? max + 1n : undefined;
    if (n !== undefined) {
      if (value.rc > 1) st.resolved.set(value, n);
      ip.heap.decref(value);
      v = ip.b.newInt(n, pos);
    }
  }
  st.count++;
  const known = v.kind === 'int' && v.type === 'int' && typeof v.value === 'bigint' && !v.fromId && !v.fuzzy && !v.cls;
  if (st.last && known) st.last.push(v.value as bigint);
  else st.last = undefined;
  return v;
}
