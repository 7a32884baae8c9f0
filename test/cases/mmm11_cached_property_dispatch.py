# Theme: functools.cached_property and singledispatch. The first access to a
# cached property stores the computed object in the instance __dict__; a
# singledispatch function's registry keeps the implementations alive.
import functools
import gc


class Report:
    def __init__(self, rows):
        self.rows = rows

    @functools.cached_property
    def totals(self):
        out = [sum(r) for r in self.rows]  # ?rc out
        return out

    @functools.cached_property
    def owner_ref(self):
        return self


@functools.singledispatch
def render(obj):
    return "object"


@render.register
def _(obj: list):
    parts = [render(x) for x in obj]  # ?rc obj parts
    return "[" + ",".join(parts) + "]"


@render.register
def _(obj: Report):
    body = render(obj.totals)  # ?rc obj body
    return "report " + body


data = [[1.5, 2.5], [3.5]]  # ?rc data
rep = Report(data)  # ?rc rep data
t1 = rep.totals  # ?rc t1
t2 = rep.totals  # ?rc t1 t2
text = render(rep)  # ?rc rep t1 text
del rep.totals  # ?rc t1
t3 = rep.totals  # ?rc t1 t3
impl = render.dispatch(Report)  # ?rc rep
me = rep.owner_ref  # ?rc rep me
del me, t3
del rep  # ?rc data t1
print(gc.collect())
items = [data, data]  # ?rc data items
out_text = render(items)  # ?rc items data
