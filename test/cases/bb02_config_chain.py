# Theme: exception chaining in a config loader. `raise ... from` sets
# __cause__, raising inside a handler sets __context__, and a bare `raise`
# in a nested handler re-raises the same exception. The chain keeps every
# link, its arguments and the frames of its tracebacks alive.
import gc


class ConfigError(Exception):
    pass


class Source:
    def __init__(self, path):
        self.path = path
        self.last_error = None


def read(src):
    raise OSError(src)


def load(src):
    try:
        read(src)
    except OSError as exc:
        try:
            raise ValueError(src.path)
        except ValueError:
            try:
                raise ConfigError(src) from exc
            except ConfigError:
                raise


def guarded(src):
    try:
        load(src)
    except ConfigError as err:
        src.last_error = err  # ?rc src err
    return src


s = Source("/".join(["etc", "app.conf"]))  # ?rc s
path = s.path  # ?rc path
guarded(s)  # ?rc s path
err = s.last_error  # ?rc err
cause = err.__cause__  # ?rc cause s
ctx = err.__context__  # ?rc ctx path
inner = ctx.__context__  # ?rc inner cause
del cause, ctx, inner  # ?rc s
s.last_error = None  # ?rc err s
del err  # ?rc s path
print(gc.collect())
guarded(s)  # ?rc s
del s  # ?rc path
print(gc.collect())
after = path  # ?rc path
