# Theme: a settings manager that keeps snapshots of its dict in a history
# list, and the history points back at the manager. The live dict once
# held a list (tracked then, and stays tracked after the list is replaced
# by a number); d.copy() and copy.copy(d) clone it, tracking and all, so
# every snapshot is part of the garbage when the manager is dropped.
import copy
import gc


class SettingsManager:
    def __init__(self):
        self.live = {"retries": [1, 2, 3], "name": "service one"}
        self.history = [self]

    def freeze_retries(self, n):
        self.live["retries"] = n * 10 ** 6

    def snapshot(self):
        snap = self.live.copy()
        self.history.append(snap)
        return snap

    def backup(self):
        b = copy.copy(self.live)
        self.history.append(b)
        return b


gc.collect()
mgr = SettingsManager()  # ?rc mgr
first = mgr.snapshot()  # ?rc first
print(gc.collect())  # the manager is still named: nothing
mgr.freeze_retries(3)
second = mgr.snapshot()  # ?rc second
third = mgr.backup()  # ?rc third
del first, second, third
del mgr
print(gc.collect())  # manager, history list, live dict, three snapshots
