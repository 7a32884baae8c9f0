# Theme: a with block's __exit__ raises another exception: the block's exception is let go;
# a @contextmanager's __exit__ frame stays on the new exception's traceback (3.12+: also a gc cycle).
import asyncio
import gc
from contextlib import asynccontextmanager, contextmanager


class Abort(Exception):
    pass


class Box:
    pass


class Strict:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        raise Abort("exit failed")


@contextmanager
def tx(log):
    try:
        yield log
    except ValueError as exc:
        log.append("rollback")
        raise Abort() from exc


@asynccontextmanager
async def atx():
    try:
        yield
    except ValueError as exc:
        raise Abort() from exc


b = Box()  # ?rc b
try:
    with Strict():
        raise ValueError(b)
except Abort as e:
    seen = b  # ?rc b
after = b  # ?rc b
log = []
try:
    with tx(log) as lg:
        raise KeyError(b)
except KeyError as e:
    keyed = b  # ?rc b lg
try:
    with tx(log):
        raise ValueError(b)
except Abort as e:
    caught = e  # ?rc b caught
del caught  # ?rc b
print(gc.collect())
rest = b  # ?rc b log


async def main():
    try:
        async with atx():
            raise ValueError(b)
    except Abort:
        pass


asyncio.run(main())
done = b  # ?rc b
print(gc.collect())
