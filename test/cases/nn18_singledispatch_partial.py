# Theme: functools.singledispatchmethod and partial with keyword forwarding.
# A partial keeps its func, its bound positional args and a dict of
# keywords; calling it merges the caller's keywords into a fresh dict.
import functools


class Renderer:
    def __init__(self, indent):
        self.indent = indent

    @functools.singledispatchmethod
    def render(self, obj, *, depth=0):
        return [repr(obj)]

    @render.register
    def _(self, obj: list, *, depth=0):
        out = []
        for item in obj:
            out.extend(self.render(item, depth=depth + 1))  # ?rc out
        return out

    @render.register
    def _(self, obj: dict, *, depth=0):
        return [self.indent * depth + k for k in obj]


def emit(prefix, lines, *, sep=" :: ", sink=None):
    text = [prefix + sep + ln for ln in lines]
    sink.extend(text)  # ?rc lines
    return sink


r = Renderer("..")  # ?rc r
doc = [1.5, [2.5, {"key one": 0}], 3.5]  # ?rc doc
lines = r.render(doc)  # ?rc lines doc r
sink = []
log = functools.partial(emit, "render", sink=sink)  # ?rc log sink
kw = log.keywords  # ?rc kw sink
got = log(lines)  # ?rc got sink lines
got2 = log(lines, sep=" > ")  # ?rc got2 lines kw
args = log.args  # ?rc args
del log  # ?rc kw args sink
again = functools.partial(emit, sink=sink)("tail", lines)  # ?rc again sink lines
del got, got2, again, kw  # ?rc sink
