// Classes built on the enum module, whose metaclass the analysis does not run:
// EnumType.__new__ replaces each plain class attribute by a member object
// (holding the value as `_value_`, indexed in the class's member maps) and
// gives the class references of its own. Without this the class would look
// like a plain one whose attributes are the raw values: `State.BUSY` an int,
// `State.BUSY == 2` true, its count confidently wrong. Members are unknown
// objects here (open counts); a plain Enum's members compare by identity.
import type { Interpreter } from './interpreter';
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
function valueIdentity(ip: Interpreter, v: PyObj): string | undefined {
  if (v.builtinName === ENUM_AUTO) return `auto:${v.id}`;
  if (v.fuzzy && v.kind !== 'str' && v.kind !== 'int' && v.kind !== 'float') return undefined;
  if (v.kind === 'int' || v.kind === 'float' || v.kind === 'str' || v.kind === 'bytes' || v.kind === 'bool' || v.kind === 'none') {
    const k = ip.b.hashKey(v);
    return k.startsWith('id:') ? undefined : k;
  }
  return undefined;
}

/**
 * EnumType.__new__ on the class namespace: members replace the plain attributes.
 * A member is held by the class __dict__, `_member_map_` and (its value being hashable)
 * `_value2member_map_` (measured: 3.11-3.13 alike); it holds its `_value_` and `_name_`.
 * Its count is known when its value is a known hashable scalar or an auto() and no other
 * member's value may equal it (an alias is the same member under two names: left open).
 * The members, in order, when all are known: what iterating the class yields.
 */
export function makeMembers(ip: Interpreter, ns: Map<string, PyObj>, kind: EnumKind, pos: { line: number; col: number }): PyObj[] | undefined {
  const members: PyObj[] = [];
  const ids: (string | undefined)[] = [];
  let allKnown = true;
  for (const [name, v] of ns) {
    // _sunder_ and __dunder__ names, and private (mangled) names, are not members.
    if ((name.startsWith('_') && name.endsWith('_')) || /^_[A-Za-z0-9]+__/.test(name) || NOT_MEMBERS.has(v.kind)) continue;
    const m = ip.b.unknown(pos.line, pos.col);
    m.attrs = new Map([['_value_', v], ['_name_', ip.b.newStrImmortal(name)]]);
    m.enumMember = kind === 'plain';
    ns.set(name, m);
    members.push(m);
    ids.push(valueIdentity(ip, v));
  }
  // auto() after explicit ints counts on from the last one: it may repeat an earlier value.
  const autos = ids.some((k) => k?.startsWith('auto:'));
  const ints = ids.some((k) => k !== undefined && !k.startsWith('auto:') && !k.startsWith('s:'));
  members.forEach((m, i) => {
    const k = ids[i];
    const clash = k === undefined || (autos && ints) || ids.some((o, j) => j !== i && (o === undefined || o === k));
    const v = m.attrs!.get('_value_')!;
    if (clash) { ip.heap.escape(v); allKnown = false; return; }
    m.fuzzy = false;
    m.rc += 2;
    m.hiddenHolders = 2;
    // The value is the member's _value_ and a key of _value2member_map_ (measured: 3.11-3.13).
    if (v.immortal) return;
    v.rc += 1;
    v.hiddenHolders += 1;
  });
  return allKnown ? members : undefined;
}
