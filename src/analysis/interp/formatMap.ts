// str.format_map(mapping), as Objects/stringlib/unicode_format.h runs it: the
// format string's fields are read one after the other; each named field looks
// its name up with PyObject_GetItem(mapping, name) (a new str made from the
// field's text; a dict subclass's __missing__ or a class's __getitem__ runs,
// a missing key raises KeyError), converts (!r / !s) and formats the value,
// writes the text and lets the value go. The mapping is not kept. The result
// is a new str (the cached '' / one-character ones for such texts), or the
// value itself when the whole format string is one field giving back an
// exact str unchanged (_PyUnicodeWriter keeps a lone str).
import { floatRepr } from '../ir/constants';
import type { Builtins } from './builtins';
import { formatText, specRefused, unchangedBySpec } from './formatSpec';
import { exactBuiltin } from './typeErrors';
import { formatWithOwnHook } from './formatHook';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { knownText, opaqueValue, type PyObj } from './objects';

type Pos = { line: number; col: number };

/** A field's accessors after its argument name: `.attr` (getattr) and `[key]` (an int index when all digits, else a str key). */
type Accessor = { attr: string } | { index: bigint } | { key: string };

type Piece = string | { name: string; path: Accessor[]; conv?: 'r' | 's'; spec: string };

/** The accessors of a field name after its first part, as FieldNameIterator reads them; undefined when malformed. */
function accessorsOf(rest: string): Accessor[] | undefined {
  const out: Accessor[] = [];
  const re = /\.([A-Za-z_][A-Za-z0-9_]*)|\[([^\][{}]+)\]/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return undefined;
    if (m[1] !== undefined) out.push({ attr: m[1] });
    else out.push(/^\d+$/.test(m[2]) ? { index: BigInt(m[2]) } : { key: m[2] });
    at = re.lastIndex;
  }
  return out;
}

/** A format string cut into literal text and the raw text of its `{…}` fields (`{{` / `}}` unescaped); undefined when unbalanced. */
export function splitFormat(t: string): (string | { field: string })[] | undefined {
  const out: (string | { field: string })[] = [];
  let lit = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if ((ch === '{' || ch === '}') && t[i + 1] === ch) { lit += ch; i++; continue; }
    if (ch === '}') return undefined;
    if (ch !== '{') { lit += ch; continue; }
    const end = t.indexOf('}', i);
    if (end < 0) return undefined;
    if (lit) out.push(lit);
    lit = '';
    out.push({ field: t.slice(i + 1, end) });
    i = end;
  }
  if (lit) out.push(lit);
  return out;
}

/**
 * The pieces of a format string whose fields are plain names (or, with `positional`, also
 * `{}` / `{0}`), each with `.attr` / `[index]` accessors; undefined for anything else (nested specs, !a).
 */
function parsePieces(t: string, positional = false): Piece[] | undefined {
  const out: Piece[] = [];
  for (const p of splitFormat(t) ?? [undefined]) {
    if (p === undefined) return undefined;
    if (typeof p === 'string') { out.push(p); continue; }
    const m = (positional ? /^([A-Za-z_][A-Za-z0-9_]*|\d*)((?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\][{}]+\])*)(?:!([rs]))?(?::([^{}]*))?$/ : /^([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\][{}]+\])*)(?:!([rs]))?(?::([^{}]*))?$/).exec(p.field);
    const path = m ? accessorsOf(m[2]) : undefined;
    if (!m || !path) return undefined;
    out.push({ name: m[1], path, conv: m[3] as 'r' | 's' | undefined, spec: m[4] ?? '' });
  }
  return out;
}

/** template.format_map(mapping): the result (owned), or undefined when the template is not followed. */
export function* strFormatMap(b: Builtins, self: PyObj, mapping: PyObj, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const template = knownText(self);
  const pieces = template === undefined ? undefined : parsePieces(template);
  if (!pieces) return undefined;
  const pos = { line: site.line, col: site.col };
  return yield* formatPieces(b, pieces, function* (name) {
    const key = b.newStr(name, pos);
    try {
      return yield* b.getItem(mapping, key, frame);
    } finally {
      b.it.heap.decref(key);
    }
  }, frame, site);
}

/**
 * template.format(*args, **kw) (do_markup with the arguments): `{}` takes the next positional
 * argument, `{0}` one by number (mixing both is a ValueError), `{name}` a keyword argument; a
 * field naming one that was not given is an IndexError / KeyError. The result (owned), or
 * undefined when the template is not followed or names an argument not given.
 */
export function* strFormatCall(b: Builtins, self: PyObj, args: readonly PyObj[], kw: ReadonlyMap<string, PyObj>, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const template = knownText(self);
  const pieces = template === undefined ? undefined : parsePieces(template, true);
  if (!pieces) return undefined;
  const pos = { line: site.line, col: site.col };
  let auto = 0;
  let manual = false;
  return yield* formatPieces(b, pieces, function* (name) {
    let v: PyObj | undefined;
    if (name === '' || /^\d+$/.test(name)) {
      if (name === '' ? manual : auto > 0) throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
      if (name !== '') manual = true;
      v = args[name === '' ? auto++ : Number(name)];
    } else v = kw.get(name);
    // (an argument not given: IndexError / KeyError, unless a `*` / `**` of content the model
    // does not know gave it; the caller treats the call as one it does not follow)
    return v && b.it.heap.incref(v);
  }, frame, site);
}

/** Writes the pieces, each field's value found by `lookup` (owned), converted and formatted, then let go. */
function* formatPieces(b: Builtins, pieces: readonly Piece[], lookup: (name: string) => G<PyObj | undefined>, frame: Frame, site: CallSite): G<PyObj | undefined> {
  const h = b.it.heap;
  const pos = { line: site.line, col: site.col };
  const texts: (string | undefined)[] = [];
  for (const p of pieces) {
    if (typeof p === 'string') { texts.push(p); continue; }
    let v = yield* lookup(p.name);
    if (!v) return undefined;
    // get_field_object: each `.attr` is PyObject_GetAttr, each `[i]` / `[key]` PyObject_GetItem
    // with a new int / str, the object before let go once the next is there
    for (const a of p.path) {
      const prev: PyObj = v;
      try {
        if ('attr' in a) {
          // (PyObject_GetAttr's set_attribute_error_context: the AttributeError keeps the object)
          v = yield* b.keepingAttributeErrorObject(prev, () => b.getAttr(prev, a.attr, frame, site));
        } else {
          const key = 'index' in a ? b.newInt(a.index, pos) : b.newStr(a.key, pos);
          try {
            v = yield* b.getItem(prev, key, frame);
          } finally {
            h.decref(key);
          }
        }
      } finally {
        h.decref(prev);
      }
    }
    // (a presentation type the value's type refuses: `'{:d}'.format('a')`, ValueError)
    if (p.spec && specRefusedNoting(b, v, p.conv ? 'str' : exactBuiltin(v) ? v.kind : '', p.spec)) {
      h.decref(v);
      throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
    }
    try {
      // (the whole template one field of an exact str the spec leaves as it is: that str itself)
      if (pieces.length === 1 && !p.conv && v.kind === 'str' && v.type === 'str' && (p.spec === '' || unchangedBySpec(knownText(v), p.spec) === true)) return h.incref(v)!;
      // (a lone field of an object the model does not know: it may be such a str, or hand one out)
      if (pieces.length === 1 && p.conv !== 'r' && v.kind === 'unknown') return b.maybeSame(v, pos);
      // (a class's own __format__ gets the field's spec, a new str cut from the template; a lone
      // field's result is the answer itself, as the writer keeps a lone str)
      const own = p.conv ? undefined : yield* formatWithOwnHook(b, v, p.spec, true, frame, site, { line: site.line, col: site.col });
      if (own && pieces.length === 1 && own.kind === 'str') return own;
      // (a conversion is PyObject_Str / PyObject_Repr of the field, no more references; without one,
      // object.__format__ runs it as a bound method _PyObject_LookupSpecial made, holding the value
      // once more: measured 3.11-3.13, `self` in __str__ one higher under "{}" than under "{!s}")
      const r = own ?? (yield* b.textOf(v, p.conv === 'r' ? 'repr' : 'str', frame, site, p.conv ? 0 : 1));
      // (a lone field's str, its conversion's or an instance's object.__format__'s with no spec:
      // the writer keeps it, so it is the result; with a spec, str.__format__ of it, render_field.
      // An exact int's digits are written into the writer instead, a float's str is new anyway.)
      const keptStr = p.conv || (!p.spec && v.kind === 'instance' && !v.basePayload);
      if (pieces.length === 1 && !own && keptStr && r.kind === 'str' && r.type === 'str') {
        if (!p.spec) return r;
        try {
          return yield* formatWithSpec(b, r, p.spec, frame, site, pos);
        } finally {
          h.decref(r);
        }
      }
      let t = knownText(r);
      h.decref(r);
      if (p.spec && !own) {
        const f = t === undefined ? undefined : p.conv ? { t: 'str' as const, v: t } : b.formattable(v);
        t = f ? formatText(f, p.spec, floatRepr) : undefined;
      }
      texts.push(t);
    } finally {
      h.decref(v);
    }
  }
  return b.newStr(texts.every((t) => t !== undefined) ? texts.join('') : undefined, pos);
}

/**
 * `format(v, spec)` and `f'{v:spec}'` (one field, a spec of known text): v borrowed, an owned str
 * back. A presentation type the exact value's type refuses raises ValueError; str.__format__'s fast
 * path gives an exact str back itself when the spec changes nothing; otherwise the text is written
 * anew (a one-character result is the cached one), known when the value is.
 */
/**
 * Whether a format spec is refused for `v` (`kind`: what the value is formatted as). A spec the
 * value's __format__ refuses raises ValueError (the caller raises it); a spec the model cannot
 * read (`%Y`, a nested field) of an exact builtin value or an unknown one may be refused, which
 * is noted so that an `except` after it runs.
 */
export function specRefusedNoting(b: Builtins, v: PyObj, kind: string, spec: string): boolean {
  const refused = specRefused(kind, spec);
  if (refused === undefined && (kind !== '' || opaqueValue(v))) b.it.noteMayRaise();
  return refused === true;
}

export function* formatWithSpec(b: Builtins, v: PyObj, spec: string, frame: Frame, site: CallSite, pos: Pos): G<PyObj> {
  const h = b.it.heap;
  if (specRefusedNoting(b, v, exactBuiltin(v) ? v.kind : '', spec)) throw b.it.raiseObj(b.cError('ValueError', pos), frame, true);
  const known = b.formattable(v);
  if (v.kind === 'str' && v.type === 'str') {
    const same = unchangedBySpec(knownText(v), spec);
    if (same === true) return h.incref(v)!;
    const text = known ? formatText(known, spec, floatRepr) : undefined;
    return same === false || text !== undefined ? b.newStr(text, pos) : b.maybeSame(v, pos);
  }
  if (known) return b.newStr(formatText(known, spec, floatRepr), pos);
  h.decref(yield* b.textOf(v, 'str', frame, site, 1));
  return b.newStr(undefined, pos);
}
