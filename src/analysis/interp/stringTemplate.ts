// string.Template as Lib/string.py runs it (3.11-3.13): the object keeps its
// text (`.template`); substitute / safe_substitute are `pattern.sub(convert,
// template)` with `$$`, `$name` and `${name}` placeholders, each replaced by
// `str(mapping[name])` (a str value is that object itself). As in any re.sub,
// no placeholder gives back the template str itself, and a result of one
// piece is that piece (`Template("$x").substitute(x=s) is s`). With both a
// mapping and keywords, keywords win (a ChainMap of the two).
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G } from './interpreter';
import { knownText, type PyObj } from './objects';

type Pos = { line: number; col: number };

export const STRING_TEMPLATE = 'string.Template';
export const TEMPLATE_METHODS = ['substitute', 'safe_substitute'] as const;

export function isTemplate(o: PyObj): boolean {
  return o.builtinName === STRING_TEMPLATE && o.attrs?.get('template')?.kind === 'str';
}

/** string.Template(text): the object holding its text (owned), or undefined when not a str. */
export function makeTemplate(b: Builtins, text: PyObj | undefined, pos: Pos): PyObj | undefined {
  if (!text || text.kind !== 'str') return undefined;
  const h = b.it.heap;
  const t = h.alloc('builtin', 'Template', h.site(pos.line, pos.col, 'Template', 'Template(…)'));
  t.builtinName = STRING_TEMPLATE;
  t.tracked = true;
  t.acyclic = true;
  t.attrs = new Map([['template', h.incref(text)!]]);
  return t;
}

type Piece = { text: string } | { name: string; whole: string } | { invalid: string };

/** The template's placeholders as Template.pattern finds them (idpattern `(?a:[_a-z][_a-z0-9]*)`, IGNORECASE). */
function scan(s: string): { start: number; end: number; piece: Piece }[] {
  const out: { start: number; end: number; piece: Piece }[] = [];
  const re = /\$(?:(\$)|([_a-zA-Z][_a-zA-Z0-9]*)|\{([_a-zA-Z][_a-zA-Z0-9]*)\}|())/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[1] !== undefined) out.push({ start: m.index, end: m.index + 2, piece: { text: '$' } });
    else if (m[2] !== undefined || m[3] !== undefined) out.push({ start: m.index, end: m.index + m[0].length, piece: { name: m[2] ?? m[3], whole: m[0] } });
    else out.push({ start: m.index, end: m.index + 1, piece: { invalid: '$' } });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * t.substitute(mapping={}, /, **kws) / safe_substitute: the result (owned); 'KeyError' /
 * 'ValueError' for what substitute raises; undefined when not followed.
 */
export function* templateSubstitute(b: Builtins, t: PyObj, safe: boolean, mapping: PyObj | undefined, kwargs: [string, PyObj][], frame: Frame, site: CallSite): G<PyObj | 'KeyError' | 'ValueError' | undefined> {
  const h = b.it.heap;
  const pos = { line: site.line, col: site.col };
  const tmpl = t.attrs!.get('template')!;
  const text = knownText(tmpl);
  if (text === undefined) return undefined;
  if (mapping && (mapping.kind !== 'dict' || !mapping.entries || mapping.fuzzy)) return undefined;
  const lookup = (name: string): PyObj | undefined => kwargs.find(([k]) => k === name)?.[1] ?? (mapping ? b.dictGetStr(mapping, name) : undefined);
  const found = scan(text);
  const pieces: PyObj[] = [];
  let value: string | undefined = '';
  let last = 0;
  const add = (o: PyObj, v: string | undefined): void => { pieces.push(o); value = value === undefined || v === undefined ? undefined : value + v; };
  try {
    for (const { start, end, piece } of found) {
      if (last < start) add(b.newStr(text.slice(last, start), pos), text.slice(last, start));
      if ('text' in piece) add(b.newStr('$', pos), '$');
      else if ('invalid' in piece) {
        if (!safe) return 'ValueError';
        add(b.newStr('$', pos), '$');
      } else {
        const v = lookup(piece.name);
        if (!v) {
          if (!safe) return 'KeyError';
          add(b.newStr(piece.whole, pos), piece.whole);
        } else {
          // str(mapping[name]): a str is itself.
          const s = v.kind === 'str' ? h.incref(v)! : yield* b.textOf(v, 'str', frame, site);
          add(s, knownText(s));
        }
      }
      last = end;
    }
    if (!found.length) return h.incref(tmpl)!;
    if (last < text.length) add(b.newStr(text.slice(last), pos), text.slice(last));
    return b.joinedStr(pieces, value, pos);
  } finally {
    for (const p of pieces) h.decref(p);
  }
}

/**
 * t.get_identifiers() (3.11+): a new list of each placeholder name once, in order of first
 * appearance, each a new str (`mo.group('named')`, a slice of the text: one character is the cached
 * one); t.is_valid(): whether no `$` stands alone. Undefined when the text is not known.
 */
export function templateInspect(b: Builtins, t: PyObj, method: 'get_identifiers' | 'is_valid', pos: Pos): PyObj | undefined {
  const text = knownText(t.attrs!.get('template')!);
  if (text === undefined) return undefined;
  const found = scan(text).map((f) => f.piece);
  if (method === 'is_valid') return b.bool(!found.some((p) => 'invalid' in p));
  const names = [...new Set(found.flatMap((p) => ('name' in p ? [p.name] : [])))];
  return b.newSeq('list', names.map((n) => b.newStr(n, pos)), pos);
}
