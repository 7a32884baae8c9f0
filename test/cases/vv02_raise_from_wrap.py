# Theme: wrapping low-level errors with `raise ... from ...`. The new
# exception's __cause__ and __context__ both hold the original; `from
# None` hides it from the report but __context__ still keeps it alive,
# together with every finished frame on its traceback.
import gc


class StorageError(Exception):
    pass


class ConfigError(Exception):
    def __init__(self, key, source):
        super().__init__(key)
        self.source = source


def read_raw(store, key):
    try:
        return store[key]
    except KeyError as exc:
        raise StorageError(key) from exc


def load(store, key, hide):
    try:
        return read_raw(store, key)
    except StorageError as exc:
        if hide:
            raise ConfigError(key, store) from None
        raise ConfigError(key, store) from exc


store = {"db.host": "localhost"}  # ?rc store
errors = []  # ?rc errors
for hide in (False, True):
    try:
        load(store, "db.port!", hide)
    except ConfigError as e:
        errors.append(e)  # ?rc store
shown, hidden = errors  # ?rc shown hidden store
cause = shown.__cause__  # ?rc cause
ctx = hidden.__context__  # ?rc ctx
root = cause.__cause__  # ?rc root
flag = hidden.__suppress_context__
errors.clear()  # ?rc shown hidden cause ctx store
del shown, hidden  # ?rc cause ctx store
del cause, ctx  # ?rc root store
del root
print(gc.collect())
after = store  # ?rc store
