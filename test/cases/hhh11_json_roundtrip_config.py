# Round-tripping a nested service configuration through json.dumps and
# json.loads: decoded containers are fresh objects, equal but not identical.
import gc
import json

config = {
    "service": "billing api",
    "ports": [8080, 8443],
    "limits": {"rps": 250, "burst": 1000},
    "owners": [{"name": "ops team", "pager": True}],
}  # ?rc config
ports = config["ports"]  # ?rc ports
text = json.dumps(config, sort_keys=True)  # ?rc text
data = json.loads(text)  # ?rc data
ports2 = data["ports"]  # ?rc ports2 ports
limits = data["limits"]  # ?rc limits
owners = data["owners"]  # ?rc owners
owner = owners[0]  # ?rc owner


def patch(cfg, **changes):
    clone = json.loads(json.dumps(cfg))  # ?rc clone
    clone["limits"].update(changes)
    return clone


patched = patch(data, rps=500)  # ?rc patched data
plimits = patched["limits"]  # ?rc plimits limits
pretty = json.dumps(patched, indent=2)  # ?rc pretty
lines = pretty.splitlines()  # ?rc lines
back = [json.loads(pretty)]  # ?rc back
del data  # ?rc ports2 limits owners owner
owners.append({"name": "dev team", "pager": False})  # ?rc owners
del owners  # ?rc owner
print(back[0] == patched, len(lines), plimits, owner)
print(gc.collect())
