# Theme: layered configuration with collections.ChainMap, dict merging with
# | and **, copies of nested dicts, and dict views kept across updates.
import copy
import sys
from collections import ChainMap

defaults = {"host": "localhost:80", "retries": 3, "paths": ["/usr/lib", "/lib"]}  # ?rc defaults
user = {"retries": 5, "theme": "dark mode"}  # ?rc user
cli = {"verbose": True}
config = ChainMap(cli, user, defaults)  # ?rc config defaults user
paths = config["paths"]  # ?rc paths
retries = config["retries"]
merged = defaults | user  # ?rc merged paths
spread = {**defaults, **user, "extra": [1.5]}  # ?rc spread paths
shallow = dict(defaults)  # ?rc shallow paths
deep = copy.deepcopy(defaults)  # ?rc deep paths
deep_paths = deep["paths"]  # ?rc deep_paths
keys = merged.keys()  # ?rc keys merged
vals = list(merged.values())  # ?rc vals paths
merged["paths"] = deep_paths  # ?rc paths deep_paths
child = config.new_child({"theme": "light mode"})  # ?rc child config
theme = child["theme"]  # ?rc theme
print(len(keys), retries, theme, sys.getrefcount(paths))
del config  # ?rc child user defaults
del child  # ?rc user defaults
del merged, spread, shallow  # ?rc paths
del vals  # ?rc paths
defaults["paths"] = None  # ?rc paths
del keys
