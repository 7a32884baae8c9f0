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
import { conditionAttr, isCondition } from './threadingCondition';
import { isLoopObject, isTaskObject, loopAttr, taskAttr } from './asyncioTasks';
import { asyncioSyncAttr, isAsyncioSyncObject } from './asyncioSync';
import { isTaskGroup, taskGroupAttr } from './asyncioTaskGroup';
import { handleAttr, isHandleObject } from './asyncioHandles';

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
  { owns: isCondition, attr: conditionAttr },
  { owns: isTaskObject, attr: taskAttr },
  { owns: isLoopObject, attr: loopAttr },
  { owns: isAsyncioSyncObject, attr: asyncioSyncAttr },
  { owns: isTaskGroup, attr: taskGroupAttr },
  { owns: isHandleObject, attr: handleAttr, store: noDict },
];

/** Whether a store of `name` on `o` fails, by the model that owns it. */
export function storeDenied(o: PyObj, name: string): StoreDenied {
  return objectModelOf(o)?.store?.(o, name);
}

/** The model that owns `o`, if any. */
export function objectModelOf(o: PyObj): ObjectModel | undefined {
  for (const m of OBJECT_MODELS) if (m.owns(o)) return m;
  return undefined;
}
