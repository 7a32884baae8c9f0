# Theme: layered configuration with collections.ChainMap: defaults, file
# settings and command-line overrides, new_child/parents, and writes that
# only ever go to the first mapping.
import gc
from collections import ChainMap

defaults = {"timeout": 30.0, "retries": 3, "log level": "warn + audit"}  # ?rc defaults
file_cfg = {"timeout": 12.5, "endpoint url": "https://api.example.com/v2"}  # ?rc file_cfg
cli = {}  # ?rc cli
config = ChainMap(cli, file_cfg, defaults)  # ?rc config cli defaults
timeout = config["timeout"]  # ?rc timeout
maps = config.maps  # ?rc maps
config["retries"] = 5 * 2  # ?rc cli
local = config.new_child({"timeout": 1.25})  # ?rc local config maps
fast = local["timeout"]  # ?rc fast
parent = local.parents  # ?rc parent file_cfg
merged = dict(local)  # ?rc merged timeout
url = merged["endpoint url"]  # ?rc url
del local, parent  # ?rc maps file_cfg
flat = {k: config[k] for k in sorted(config)}  # ?rc flat
level = flat["log level"]  # ?rc level
session = config.new_child()
session["log level"] = "debug + trace"  # ?rc cli
effective = session["log level"]  # ?rc effective
del session
print(timeout, fast, url, level, effective, gc.collect())
