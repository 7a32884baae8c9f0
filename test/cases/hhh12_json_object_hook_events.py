# Decoding JSON event records into objects with object_hook, and encoding
# them back with a default= function; hooks see every decoded dict.
import json


class Event:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload


seen = []  # ?rc seen


def hook(d):
    seen.append(d)
    if "kind" in d:
        ev = Event(d["kind"], d.get("payload"))  # ?rc ev d
        return ev
    return d


def encode(obj):
    if isinstance(obj, Event):
        out = {"kind": obj.kind, "payload": obj.payload}  # ?rc out
        return out
    raise TypeError(type(obj).__name__)


raw = '[{"kind": "click", "payload": {"x": 10, "y": 20}}, {"kind": "key press", "payload": null}]'  # ?rc raw
events = json.loads(raw, object_hook=hook)  # ?rc events seen
click = events[0]  # ?rc click
payload = click.payload  # ?rc payload
first_seen = seen[0]  # ?rc first_seen payload
back = json.dumps(events, default=encode)  # ?rc back
again = json.loads(back, object_hook=hook)  # ?rc again
kinds = [e.kind for e in again]  # ?rc kinds
joined = "|".join(kinds)  # ?rc joined
seen.clear()  # ?rc payload click
del events  # ?rc click
print(joined, back == raw, len(again))
