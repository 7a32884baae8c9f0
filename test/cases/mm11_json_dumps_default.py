# Theme: serialize dataclass records to JSON through a default= hook that
# calls dataclasses.asdict, pretty-print with sort_keys, and load the text
# back; the hook's temporary dicts are dropped as soon as dumps returns.
import json
from dataclasses import dataclass, asdict


@dataclass
class Reading:
    sensor: str
    values: list
    unit: str = "deg c"


def encode(obj):
    if isinstance(obj, Reading):
        d = asdict(obj)  # ?rc d obj
        return d
    raise TypeError(type(obj).__name__)


r1 = Reading("probe-01", [21.5, 21.75, 22.0])  # ?rc r1
r2 = Reading("probe-02", [19.25])  # ?rc r2
vals = r1.values  # ?rc vals
payload = {"site": "lab east", "readings": [r1, r2]}  # ?rc payload r1
text = json.dumps(payload, default=encode, sort_keys=True, indent=2)  # ?rc text r1 vals
compact = json.dumps(payload, default=encode, separators=(",", ":"))  # ?rc compact
back = json.loads(compact)  # ?rc back
rb = back["readings"][0]  # ?rc rb
vb = rb["values"]  # ?rc vb
site = back["site"]  # ?rc site
del back  # ?rc rb site
del payload  # ?rc r1 vals
again = Reading(**rb)  # ?rc again rb vb
print(len(text), compact[:30], again == r1)
