# dataclasses.field(metadata=d): Field.__init__ stores types.MappingProxyType(d), one new proxy
# holding the dict, and every read of f.metadata gives that same proxy back; the dict itself is
# held by the proxy and by whoever else has it, nothing more.
import gc
import dataclasses
from dataclasses import dataclass, field

doc = {"doc": "the width in pixels", "unit": "px"}  # ?rc doc


@dataclass
class Setting:
    key: str
    width: int = field(default=0, metadata=doc)
    extra: dict = field(default_factory=dict, metadata={"doc": "anything else"})


flds = dataclasses.fields(Setting)  # ?rc flds doc
md = flds[1].metadata  # ?rc md doc
md2 = flds[1].metadata  # ?rc md md2
unit = md["unit"]  # ?rc unit
em = flds[2].metadata  # ?rc em
n = len(em)  # ?rc em
del flds, md, md2
print(gc.collect())  # ?rc doc
