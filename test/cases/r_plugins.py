# A plugin loader: plugins register through a class decorator, are opened
# and closed with a context manager, and a failing plugin is isolated with
# try/except/finally.
import gc


REGISTRY = {}


def plugin(name):
    def register(cls):
        REGISTRY[name] = cls  # ?rc cls
        return cls
    return register


class Plugin:
    opened = 0

    def __init__(self, host):
        self.host = host

    def __enter__(self):
        Plugin.opened += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Plugin.opened -= 1
        return False


@plugin("markdown-renderer")
class Markdown(Plugin):
    def run(self, text):
        return text.upper()


@plugin("spell-checker")
class Spell(Plugin):
    def run(self, text):
        raise LookupError(text)


class Host:
    def __init__(self):
        self.loaded = []
        self.failures = []

    def load_all(self, text):
        outputs = []
        for name in sorted(REGISTRY):
            cls = REGISTRY[name]
            try:
                with cls(self) as inst:
                    self.loaded.append(inst)  # ?rc inst
                    outputs.append(inst.run(text))
            except LookupError as err:
                self.failures.append(err)  # ?rc err
            finally:
                last = cls  # ?rc cls
        return outputs


md = REGISTRY["markdown-renderer"]  # ?rc md Markdown
host = Host()  # ?rc host
doc = "some *markdown* text"  # ?rc doc
outs = host.load_all(doc)  # ?rc outs doc host
loaded = host.loaded  # ?rc loaded
first = loaded[0]  # ?rc first host
fail = host.failures[0]  # ?rc fail doc
del fail  # ?rc doc
host.failures.clear()  # ?rc doc
print(gc.collect())  # the exception's traceback cycle through load_all's frame
del loaded, first  # ?rc host
del host
print(gc.collect())  # host <-> plugin instances
