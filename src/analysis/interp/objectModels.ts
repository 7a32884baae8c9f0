// The small builtin object models share one wiring: each knows its own objects,
// answers an attribute read with the builtin name of a bound method (whose
// implementation moduleFunctionImpls.ts registers under that name) or a value,
// and says when the object can no longer be used (a released memoryview).
// Builtins.loadMethod asks this list; a model added here needs nothing else in it.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { isStringIO, isStringIOMethod, STRING_IO } from './stringIO';
import { isRandomMethod, isRandomObject, RANDOM_CLASS } from './randomModule';
import { BYTES_IO, isBytesIO, isBytesIOMethod } from './bytesIO';
import { ARRAY, arrayAttr, isArray, isArrayMethod } from './arrayModule';
import { fileAttr, isFileObject } from './fileObjects';
import { isStruct, structAttr } from './structModule';
import { isMemoryview, memoryviewAttr } from './memoryView';
import { isQueue, queueAttr } from './queueModel';
import { isSdMethod, sdMethodAttr } from './sdMethod';
import { contextVarAttr, isContextVarObject } from './contextVars';
import { isThreadingObject, threadingAttr, threadingStore } from './threadingModel';
import { isThreadingKept, threadingKeptAttr } from './threadingKept';
import { conditionAttr, isCondition } from './threadingCondition';
import { isLoopObject, isTaskObject, loopAttr, taskAttr } from './asyncioTasks';
import { asyncioSyncAttr, isAsyncioSyncObject } from './asyncioSync';
import { isTaskGroup, taskGroupAttr } from './asyncioTaskGroup';
import { handleAttr, isHandleObject } from './asyncioHandles';
import { isLogger, loggerAttr, loggerStore } from './loggingModel';
import { formatterAttr, handlerAttr, handlerStore, isLoggingFormatter, isLoggingHandler } from './loggingHandlers';
import { isPurePath, pathAttr } from './pathlibModel';

type Pos = { line: number; col: number };

/** An attribute of a model object: a bound builtin method's name, a value (owned), 'released' (ValueError), or not followed. */
export type ModelAttr = { method: string } | { value: PyObj } | 'released' | undefined;

/**
 * Why a store `o.name = v` fails on a model object: its C type has no __dict__ ('no-dict': the
 * generic AttributeError, which names the object on 3.13), or the name is a property without a
 * setter ('read-only'); undefined: the store goes on (as the model does not follow it).
 */
export type StoreDenied = 'no-dict' | 'read-only' | undefined;

export interface ObjectModel {
  owns(o: PyObj): boolean;
  attr(b: Builtins, o: PyObj, name: string, pos: Pos): ModelAttr;
  store?(o: PyObj, name: string): StoreDenied;
}

/** A store on an object of a C type (or a class with __slots__) without a __dict__: always AttributeError. */
const noDict = (): StoreDenied => 'no-dict';

/** A model whose attributes are only its methods, named `${prefix}.${name}`. */
function methodsOnly(owns: (o: PyObj) => boolean, prefix: string, isMethod: (name: string) => boolean): ObjectModel {
  return { owns, attr: (_b, _o, name) => (isMethod(name) ? { method: `${prefix}.${name}` } : undefined) };
}

export const OBJECT_MODELS: readonly ObjectModel[] = [
  methodsOnly(isStringIO, STRING_IO, isStringIOMethod),
  methodsOnly(isRandomObject, RANDOM_CLASS, isRandomMethod),
  methodsOnly(isBytesIO, BYTES_IO, isBytesIOMethod),
  {
    owns: isArray,
    store: noDict,
    attr: (b, o, name) => {
      if (isArrayMethod(name)) return { method: `${ARRAY}.${name}` };
      const v = arrayAttr(b, o, name);
      return v ? { value: v } : undefined;
    },
  },
  { owns: isFileObject, attr: fileAttr },
  { owns: isStruct, attr: structAttr, store: noDict },
  { owns: isMemoryview, attr: memoryviewAttr, store: noDict },
  { owns: isQueue, attr: queueAttr },
  { owns: isSdMethod, attr: sdMethodAttr },
  { owns: isContextVarObject, attr: contextVarAttr, store: noDict },
  { owns: isThreadingObject, attr: threadingAttr, store: threadingStore },
  { owns: isThreadingKept, attr: threadingKeptAttr },
  { owns: isCondition, attr: conditionAttr },
  { owns: isTaskObject, attr: taskAttr },
  { owns: isLoopObject, attr: loopAttr },
  { owns: isAsyncioSyncObject, attr: asyncioSyncAttr },
  { owns: isTaskGroup, attr: taskGroupAttr },
  { owns: isHandleObject, attr: handleAttr, store: noDict },
  { owns: isLogger, attr: loggerAttr, store: loggerStore },
  { owns: isLoggingHandler, attr: handlerAttr, store: handlerStore },
  { owns: isLoggingFormatter, attr: formatterAttr },
  { owns: isPurePath, attr: pathAttr, store: noDict },
];

/**
 * Builtin kinds whose objects have no __dict__ and no writable member, so that any attribute
 * store raises AttributeError (measured on 3.11-3.13, naming the object on 3.13). Not here: frames
 * and tracebacks (f_trace, tb_next are writable), staticmethod / classmethod (they have a __dict__),
 * weakref proxies (a store goes to the referent), and every subclass instance (`cls` set).
 */
const NO_DICT_KINDS: ReadonlySet<PyObj['kind']> = new Set([
  'generator', 'method', 'iterator', 'view', 'range', 'slice', 'weakref', 'frozenset', 'complex',
  'property', 'cell', 'super', 'ellipsis', 'notimpl',
]);

/** Types of the model's builtin / unknown kinds whose objects have no __dict__ either: C functions and methods, code objects. */
const NO_DICT_TYPES: ReadonlySet<string> = new Set(['builtin_function_or_method', 'method-wrapper', 'code']);

/** A frame's writable members (frame_getsetlist); any other name raises. */
const FRAME_WRITABLE: ReadonlySet<string> = new Set(['f_trace', 'f_trace_lines', 'f_trace_opcodes', 'f_lineno']);

/** Whether a store of `name` on `o` fails: by its builtin kind or type, or by the model that owns it. */
export function storeDenied(o: PyObj, name: string): StoreDenied {
  // (a subclass instance or a library value under a builtin kind may have a __dict__: only its model knows)
  const plain = !o.cls && !o.pureValue && !o.fuzzyValue;
  return (plain && kindDeniesStore(o, name)) || objectModelOf(o)?.store?.(o, name);
}

/** A store refused by the builtin kind or type alone (no __dict__, or a frame member that is not writable). */
function kindDeniesStore(o: PyObj, name: string): StoreDenied {
  if (NO_DICT_KINDS.has(o.kind) && !o.external) return 'no-dict';
  if ((o.kind === 'builtin' || o.kind === 'unknown') && NO_DICT_TYPES.has(o.type)) return 'no-dict';
  if (o.kind === 'frame' && !FRAME_WRITABLE.has(name)) return 'no-dict';
  return undefined;
}

/** The model that owns `o`, if any. */
export function objectModelOf(o: PyObj): ObjectModel | undefined {
  for (const m of OBJECT_MODELS) if (m.owns(o)) return m;
  return undefined;
}
