# Theme: plugins kept in a set are indexed into a dict by a loop; popitem / first key follow the set's order
class Plugin:
    def __init__(self, key):
        self.key = key


alpha = Plugin("alpha")
filler = [Plugin("x") for _ in range(6)]
beta = Plugin("beta")
del filler
gamma = Plugin("gamma")
loaded = {alpha, beta, gamma}
registry = {}
for p in loaded:
    registry[p.key] = p
p = None
count = len(registry)  # ?rc alpha beta gamma
for name, plugin in registry.items():
    plugin.ready = True
del name, plugin
walked = True  # ?rc alpha beta gamma
key, last = registry.popitem()
popped = True  # ?rc alpha beta gamma
del key, last
firstkey = next(iter(registry))
chosen = registry[firstkey]
picked = True  # ?rc alpha beta gamma
del chosen
latest = None
for p in loaded:
    latest = p
    p.ready = False
p = None
kept = True  # ?rc alpha beta gamma
holder = Plugin("holder")
for p in loaded:
    holder.current = p
p = None
held = True  # ?rc alpha beta gamma
