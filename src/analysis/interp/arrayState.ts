// The state of the array.array objects the model made (arrayModule.ts follows their methods):
// a leaf module, so that code reading an array as data (pureValues.ts, statisticsMean.ts,
// statisticsMedian.ts) can ask about it without importing the method table, whose import chain
// comes back to those modules.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

type Pos = { line: number; col: number };

export const ARRAY = 'array.array';

/** Item size and range of each followed type code (64-bit Linux). */
export const CODES: Record<string, { size: number; signed?: boolean; float?: boolean }> = {
  b: { size: 1, signed: true }, B: { size: 1 }, h: { size: 2, signed: true }, H: { size: 2 }, i: { size: 4, signed: true }, I: { size: 4 },
  l: { size: 8, signed: true }, L: { size: 8 }, q: { size: 8, signed: true }, Q: { size: 8 }, f: { size: 4, float: true }, d: { size: 8, float: true },
};

export type Num = number | bigint;

export interface ArrayState {
  code: string;
  /** The values, when known. */
  values: Num[] | undefined;
}

export const states = new WeakMap<PyObj, ArrayState>();

/** Whether o is an array the model made (it stores raw numbers and holds no object). */
export function isArray(o: PyObj | undefined): boolean {
  return !!o && o.builtinName === ARRAY && states.has(o);
}

/** The state, with the values forgotten once the array went to code the model does not follow. */
export function stateOf(o: PyObj): ArrayState | undefined {
  const st = states.get(o);
  if (st && o.fuzzy && !o.countKnown) st.values = undefined;
  return st;
}

/**
 * The numbers an array holds, when known, and whether its items read out as floats (type codes
 * 'f' / 'd'): what a library function reading it (statistics.mean's _sum) sees.
 */
export function arrayNumbers(o: PyObj): { float: boolean; values: Num[] | undefined } | undefined {
  const st = isArray(o) ? stateOf(o) : undefined;
  return st && { float: !!CODES[st.code]?.float, values: st.values };
}

/** A new array of type code `code` holding `values` (undefined: not known); it holds no object. */
export function newArrayObj(b: Builtins, code: string, values: Num[] | undefined, pos: Pos): PyObj {
  const h = b.it.heap;
  const o = h.alloc('builtin', ARRAY, h.site(pos.line, pos.col, ARRAY, `array('${code}')`));
  o.builtinName = ARRAY;
  // (tracked by the collector, but it holds no object: never part of a cycle)
  o.tracked = true;
  o.acyclic = true;
  states.set(o, { code, values });
  return o;
}

/**
 * copy.copy / copy.deepcopy of an array: array.__copy__ and __deepcopy__ (array_array___copy__)
 * both make a new array of the same type code and values.
 */
export function copyArray(b: Builtins, o: PyObj, pos: Pos): PyObj {
  const st = stateOf(o)!;
  return newArrayObj(b, st.code, st.values && [...st.values], pos);
}
