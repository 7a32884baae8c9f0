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

/** EnumType.__new__ on the class namespace: members replace the plain attributes. */
export function makeMembers(ip: Interpreter, ns: Map<string, PyObj>, kind: EnumKind, pos: { line: number; col: number }): void {
  for (const [name, v] of ns) {
    // _sunder_ and __dunder__ names, and private (mangled) names, are not members.
    if ((name.startsWith('_') && name.endsWith('_')) || /^_[A-Za-z0-9]+__/.test(name) || NOT_MEMBERS.has(v.kind)) continue;
    const m = ip.b.unknown(pos.line, pos.col);
    m.attrs = new Map([['_value_', v]]);
    m.enumMember = kind === 'plain';
    ip.heap.escape(v);
    ns.set(name, m);
  }
}
