# Theme: layered settings with ChainMap, OrderedDict.move_to_end for
# recency, json round trips with default= for custom objects.
import gc
import json
import sys
from collections import ChainMap, OrderedDict


class Endpoint:
    def __init__(self, host, port):
        self.host = host
        self.port = port


def encode(obj):
    if isinstance(obj, Endpoint):
        return {"host": obj.host, "port": obj.port}
    raise TypeError(type(obj).__name__)


defaults = {"timeout": 2.5, "retries": 3, "tags": ["base", "default"]}  # ?rc defaults
env = {"timeout": 7.25, "region": "eu west"}  # ?rc env
cli = {"verbose": True}  # ?rc cli
settings = ChainMap(cli, env, defaults)  # ?rc settings defaults env
tags = settings["tags"]  # ?rc tags
timeout = settings["timeout"]  # ?rc timeout
layered = settings.new_child({"timeout": 9.75})  # ?rc layered settings
parents = layered.parents  # ?rc parents
flat = dict(layered)  # ?rc flat tags
primary = Endpoint("db-primary.local", 5432)  # ?rc primary
flat["db"] = primary  # ?rc primary flat
text = json.dumps(flat, default=encode, sort_keys=True)  # ?rc text primary
back = json.loads(text)  # ?rc back
db_back = back["db"]  # ?rc db_back

recent = OrderedDict()  # ?rc recent
for key in ("alpha key", "beta key", "gamma key"):
    recent[key] = [key.upper()]
alpha = recent["alpha key"]  # ?rc alpha
recent.move_to_end("alpha key")  # ?rc alpha recent
recent.move_to_end("gamma key", last=False)
oldest = next(iter(recent))  # ?rc oldest
popped = recent.popitem(last=False)  # ?rc popped
del parents  # ?rc settings
del layered  # ?rc settings env
del settings  # ?rc defaults env cli
del flat  # ?rc primary tags
recent["self"] = recent
del recent  # ?rc alpha
print(gc.collect())
print(sys.getrefcount(alpha), sys.getrefcount(primary))
print(text, oldest, popped, timeout)
