# Theme: an exception raised while handling another one gets __context__;
# an exception raised in a finally replaces the pending one, whose
# traceback frames then die.
import gc


class Blob:
    pass


def cleanup(blob):
    raise RuntimeError(blob)


def process(blob):
    try:
        raise ValueError(blob)
    except ValueError:
        cleanup(blob)


def finalize(blob, log):
    try:
        raise TypeError(blob)
    finally:
        log.append(blob)  # ?rc blob log
        raise OSError(log)


b = Blob()  # ?rc b
try:
    process(b)
except RuntimeError as err:
    ctx = err.__context__  # ?rc ctx b
    inner = ctx.__context__  # ?rc b
    chain = [err, ctx]  # ?rc chain
del ctx, inner  # ?rc b
log = []  # ?rc log
try:
    finalize(b, log)
except OSError as e2:
    prev = e2.__context__  # ?rc prev b log
    kept = e2  # ?rc kept
del prev  # ?rc b kept
del kept  # ?rc b log
del chain  # ?rc b
print(gc.collect())
