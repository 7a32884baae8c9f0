# Theme: a tiny plugin loader: exec() defines classes in a fresh module-like
# namespace; instances created from it keep that namespace alive.
import gc
import types

PLUGIN = """
class Plugin:
    registry = []
    def __init__(self, cfg):
        self.cfg = cfg
        Plugin.registry.append(self)
    def run(self, data):
        return [self.cfg, data]
"""

cfg = {"level": 2.5 * 2}  # ?rc cfg
mod = types.ModuleType("plugin_mod")  # ?rc mod
ns = mod.__dict__  # ?rc ns
exec(PLUGIN, ns)  # ?rc ns
Plugin = ns["Plugin"]  # ?rc Plugin
p = Plugin(cfg)  # ?rc p cfg Plugin
reg = Plugin.registry  # ?rc reg p
data = [0.25]  # ?rc data
out = p.run(data)  # ?rc out data cfg
run = p.run  # ?rc run p
del run  # ?rc p
scratch = {"cfg": cfg}
exec("made = Plugin(cfg)", ns, scratch)  # ?rc scratch cfg
made = scratch.pop("made")  # ?rc made
del ns, mod  # ?rc Plugin
del p, made, reg, out  # ?rc cfg
del Plugin
print(gc.collect())  # class, registry list, instances, module, namespace
after = cfg  # ?rc after
