// How a count reads in the editor, the CLI and the panel: `refcnt 2`, `2–3`,
// `≥2` (no upper bound known), `∞` (immortal).
import type { AnalysisResult, Interval, LineState } from './resultTypes';

export function formatInterval(iv: Interval | undefined, immortal: boolean): string {
  if (immortal) return '∞';
  if (!iv) return '?';
  if (iv[1] === null) return `≥${iv[0]}`;
  return iv[0] === iv[1] ? String(iv[0]) : `${iv[0]}–${iv[1]}`;
}

/** `lst: refcnt 2 · d: refcnt 1` for the names a line binds or touches. */
export function formatCounts(l: LineState, r: AnalysisResult, names?: string[]): string {
  const parts: string[] = [];
  for (const name of names ?? Object.keys(l.bindings)) {
    const ids = l.bindings[name];
    if (!ids?.length) continue;
    const immortal = ids.every((id) => r.objects[id]?.immortal);
    const ivs = ids.map((id) => l.refcounts[id]).filter((x): x is Interval => !!x);
    const hull: Interval | undefined = ivs.length ? [Math.min(...ivs.map((x) => x[0])), ivs.some((x) => x[1] === null) ? null : Math.max(...ivs.map((x) => x[1] as number))] : undefined;
    parts.push(`${name}: refcnt ${formatInterval(hull, immortal)}`);
  }
  return parts.join(' · ');
}

/** The names of `l` that the statement's text mentions, in the order they appear. */
export function namesOnLine(text: string, l: LineState): string[] {
  const seen = new Set<string>();
  for (const m of text.replace(/#.*$/, '').matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    if (l.bindings[m[0]] && !seen.has(m[0])) seen.add(m[0]);
  }
  return [...seen];
}
