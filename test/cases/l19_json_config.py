# Course exercise: saving and loading an application config with json:
# dumps/loads round trips, a custom encoder for a class, object_hook to
# rebuild it, and comparing the reloaded data with the original.
import json
import gc


class Server:
    def __init__(self, host, port, tags):
        self.host = host
        self.port = port
        self.tags = tags

    def to_json(self):
        data = {"__server__": True, "host": self.host, "port": self.port, "tags": self.tags}  # ?rc data
        return data


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Server):
            return o.to_json()
        return super().default(o)


def hook(d):
    if d.get("__server__"):
        srv = Server(d["host"], d["port"], d["tags"])  # ?rc srv d
        return srv
    return d


tags = ["primary node", "eu-west"]  # ?rc tags
main = Server("db.example.com", 5432, tags)  # ?rc main tags
config = {"name": "my service", "servers": [main], "retries": 3, "timeout": 2.5}  # ?rc config main
text = json.dumps(config, cls=Encoder, indent=2)  # ?rc text config tags
plain = json.loads(text)  # ?rc plain
servers_raw = plain["servers"]  # ?rc servers_raw
raw0 = servers_raw[0]  # ?rc raw0
timeout = plain["timeout"]  # ?rc timeout
loaded = json.loads(text, object_hook=hook)  # ?rc loaded
srv = loaded["servers"][0]  # ?rc srv
srv_tags = srv.tags  # ?rc srv_tags
equal = srv_tags == tags
compact = json.dumps(plain, separators=(",", ":"), sort_keys=True)  # ?rc compact
again = json.loads(compact)  # ?rc again
same = again == plain
numbers = json.loads("[1.5, 2.5, 10000000000000000000000]")  # ?rc numbers
huge = numbers[2]  # ?rc huge numbers
as_list = json.loads(json.dumps((1.5, "tuple item")))  # ?rc as_list
del config  # ?rc main tags
try:
    json.dumps({"s": {1.5, 2.5}})
except TypeError as e:
    why = str(e)  # ?rc why
srv.owner = loaded
del loaded, srv, srv_tags
print(gc.collect())
print(equal, same, huge, as_list, why, timeout, raw0["host"])  # ?rc plain servers_raw text
