# Theme: copy.copy / copy.deepcopy with user __copy__ and __deepcopy__ hooks;
# the deepcopy memo dict keeps originals alive only during the call.
import copy
import gc


class Settings:
    def __init__(self, values, shared):
        self.values = values
        self.shared = shared

    def __copy__(self):
        return Settings(self.values, self.shared)

    def __deepcopy__(self, memo):
        dup = Settings(copy.deepcopy(self.values, memo), self.shared)
        memo[id(self)] = dup
        return dup


shared = {"font": "Courier New"}  # ?rc shared
values = [1.5, [2.5, 3.5]]  # ?rc values
cfg = Settings(values, shared)  # ?rc cfg
shallow = copy.copy(cfg)  # ?rc shallow values
deep = copy.deepcopy(cfg)  # ?rc deep values shared
dvals = deep.values
inner = dvals[1]  # ?rc inner
pair = [cfg, cfg]
pair_copy = copy.deepcopy(pair)  # ?rc pair_copy cfg
c0 = pair_copy[0]  # ?rc c0
same = pair_copy[1]  # ?rc same c0
memo = {}
d1 = copy.deepcopy(values, memo)  # ?rc d1 values
d2 = copy.deepcopy(values, memo)  # ?rc d2 values -- from the memo
memo.clear()  # ?rc d1
cfg.values.append(cfg)  # ?rc cfg
loop = copy.deepcopy(cfg)  # ?rc loop cfg
del cfg, shallow, pair, pair_copy, c0, same, loop  # ?rc values
print(gc.collect())
