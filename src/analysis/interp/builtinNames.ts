// The names of the builtins namespace the model knows: classes it keeps as
// class objects and functions it answers for. A leaf module, so that tables
// derived from these lists can be built at load time by any other module.

export const BUILTIN_TYPES = ['object', 'type', 'list', 'tuple', 'dict', 'set', 'frozenset', 'str', 'bytes', 'int', 'float', 'bool', 'complex',
  'range', 'enumerate', 'zip', 'reversed', 'map', 'filter', 'super', 'property', 'staticmethod', 'classmethod', 'slice', 'bytearray'];

export const BUILTIN_FUNCS = ['print', 'len', 'id', 'isinstance', 'issubclass', 'sorted', 'iter', 'next', 'repr', 'abs', 'hash', 'sum', 'min', 'max',
  'any', 'all', 'getattr', 'setattr', 'hasattr', 'delattr', 'vars', 'locals', 'globals', 'callable', 'round', 'divmod', 'ord', 'chr',
  'format', 'input', 'open', 'dir', 'hex', 'oct', 'bin', 'pow', 'exec', 'eval', 'compile', '__import__', 'breakpoint', 'ascii',
  'aiter', 'anext', 'memoryview', 'exit', 'quit', 'help', 'copyright', 'credits', 'license'];

/** builtinName of a frozen dataclass's generated __setattr__ / __delattr__ (setAttr / delAttr raise FrozenInstanceError). */
export const FROZEN_DATACLASS_METHOD = 'dataclasses.frozen';

/** builtinName of the coroutine objects calling an `async def` makes (Interpreter.coroutineOf). */
export const COROUTINE = 'coroutine';

/** builtinName of io.StringIO / io.BytesIO objects (stringIO.ts, bytesIO.ts). */
export const STRING_IO = 'io.StringIO';
export const BYTES_IO = 'io.BytesIO';
