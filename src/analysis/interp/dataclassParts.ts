// The GC objects @dataclass makes for a class and the model does not build. A class refers to
// itself (its __mro__), so once the program drops it, it is cyclic garbage, and gc.collect()
// counts these with it. Counted with gc.DEBUG_SAVEALL on 3.11.7, 3.12.1 and 3.13.0:
// - `__dataclass_params__`, a _DataclassParams instance: 1;
// - the generated __repr__ (unless repr=False or the body has one): _recursive_repr's wrapper,
//   the inner function, the wrapper's __dict__ (`__wrapped__`), the `repr_running` set, the
//   cells and the closure tuple: 7 objects, 8 from 3.13 (its _FuncBuilder closes over one more
//   cell);
// - __eq__ (unless eq=False or the body has one) and order=True's __lt__ / __le__ / __gt__ /
//   __ge__: a function each;
// - frozen=True: the generated __setattr__ / __delattr__ close over FrozenInstanceError too, a
//   cell of its own in each before 3.13, one shared cell from 3.13 (the cells holding the class
//   are built: builtinFunctionImpls.ts).
// The model builds the rest: the class, its __mro__ / __bases__ / dict / descriptors, the Field
// objects and `__dataclass_fields__`, `__match_args__`, __init__ with its defaults and cells,
// __hash__, frozen's __setattr__ / __delattr__ and the cells holding the class.
import type { PyObj } from './objects';
import type { VersionModel } from './versions';

/** What decides the unbuilt parts of one @dataclass class. */
export interface DataclassShape {
  reprMade: boolean;
  eqMade: boolean;
  order: boolean;
  frozen: boolean;
}

/** How many objects @dataclass made for a class of `shape` that the model does not build (see above). */
export function dataclassPartsCount(vm: VersionModel, shape: DataclassShape): number {
  let n = 1;
  if (shape.reprMade) n += vm.dataclassFuncBuilder ? 8 : 7;
  if (shape.eqMade) n += 1;
  if (shape.order) n += 4;
  if (shape.frozen) n += vm.dataclassFuncBuilder ? 1 : 2;
  return n;
}

/** What @dataclass made that the model does not build, by the class attribute holding it. */
const GENERATED = new Set(['__dataclass_params__', '__repr__', '__eq__', '__lt__', '__le__', '__gt__', '__ge__', '__setattr__', '__delattr__']);

/** `cls.name = v` / `del cls.name` on a @dataclass class: a generated part it replaces is freed, so the count is no longer known. */
export function dataclassPartReplaced(cls: PyObj, name: string): void {
  if (cls.dataclassParts !== undefined && GENERATED.has(name)) cls.dataclassParts = undefined;
}
