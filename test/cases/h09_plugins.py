# Theme: a plugin system with dicts of callables: plain functions, lambdas,
# bound methods and functools.partial objects.
import functools
import gc
import sys


def upper(text):
    out = text.upper()  # ?rc text
    return out


def wrap(text, left, right):
    return left + text + right


class Counter:
    def __init__(self):
        self.calls = 0

    def count(self, text):
        self.calls += 1
        return text


gc.collect()
plugins = {}  # ?rc plugins
counter = Counter()  # ?rc counter
plugins["upper"] = upper  # ?rc upper
plugins["count"] = counter.count  # ?rc counter
plugins["brackets"] = functools.partial(wrap, left="[", right="]")  # ?rc wrap
plugins["strip"] = lambda s: s.strip()
part = plugins["brackets"]  # ?rc part
msg = "hello, world!".replace("o", "0")  # ?rc msg
results = [plugins[name](msg) for name in ("upper", "count", "brackets", "strip")]  # ?rc msg results
first = results[0]  # ?rc first
print(sys.getrefcount(counter))
del plugins["count"]  # ?rc counter
del part  # ?rc wrap
plugins.clear()  # ?rc wrap upper
print(gc.collect())
second = results[1]  # ?rc second msg
del results  # ?rc first second


class Dispatcher:
    def handle_json(self, data):
        return data

    def dispatch(self, kind, data):
        attr = "handle_" + kind  # built at run time, not interned
        method = getattr(self, attr, None)  # ?rc attr
        return method(data) if method is not None else None


disp = Dispatcher()  # ?rc disp
res = disp.dispatch("json", msg)  # ?rc msg res
miss = disp.dispatch("yaml", msg)
slot = "plugin #" + str(len(msg))
disp.__dict__[slot] = upper  # ?rc slot upper
tag = "tag " + str(len(msg))
setattr(disp, tag, counter)  # ?rc counter
