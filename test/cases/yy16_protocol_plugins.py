# Theme: typing.Protocol plugin interfaces: a runtime_checkable Protocol used
# with isinstance, a callback Protocol with __call__, structural conformance.
from typing import Protocol, runtime_checkable


@runtime_checkable
class Renderer(Protocol):
    def render(self, data) -> str: ...


class Callback(Protocol):
    def __call__(self, event: object) -> None: ...


class CsvRenderer:
    def render(self, data):
        text = ";".join(str(d) for d in data)  # ?rc text
        return text


class Recorder:
    def __init__(self):
        self.seen = []

    def __call__(self, event):
        self.seen.append(event)  # ?rc event


def run(plugins: list, data, on_done: Callback):
    outputs = [p.render(data) for p in plugins if isinstance(p, Renderer)]  # ?rc outputs
    on_done(outputs)  # ?rc outputs
    return outputs


data = [1.5 * 2, 10 ** 6]  # ?rc data
csv = CsvRenderer()  # ?rc csv
rec = Recorder()  # ?rc rec
plugins = [csv, object(), csv]  # ?rc plugins csv
out = run(plugins, data, rec)  # ?rc out data rec
ok = isinstance(rec, Renderer)  # ?rc rec
first = rec.seen[0]  # ?rc first out
bound = rec.__call__  # ?rc bound rec
del bound, plugins  # ?rc csv rec
rec.seen.clear()  # ?rc out
