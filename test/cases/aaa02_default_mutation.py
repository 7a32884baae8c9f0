# Theme: default-argument mutation: a mutable default list/dict is created
# once when `def` runs, lives in __defaults__ / __kwdefaults__ and keeps
# every object appended to it across calls.


class Event:
    def __init__(self, name):
        self.name = name


def log_event(ev, history=[]):
    history.append(ev)  # ?rc history
    return history


def cache_lookup(key, *, _cache={}):
    if key not in _cache:
        _cache[key] = Event(key)
    hit = _cache[key]  # ?rc hit
    return hit


def safe_log(ev, history=None):
    if history is None:
        history = []
    history.append(ev)  # ?rc history ev
    return history


e1 = Event("first event!")  # ?rc e1
h1 = log_event(e1)  # ?rc e1 h1
e2 = Event("second event!")
h2 = log_event(e2)  # ?rc h1 e2
defaults = log_event.__defaults__  # ?rc defaults
kept = defaults[0]  # ?rc kept
h3 = safe_log(e1)  # ?rc e1 h3
h4 = safe_log(e2, h3)  # ?rc h3 e2
a = cache_lookup("key a")  # ?rc a
b = cache_lookup("key a")  # ?rc a b
memo = cache_lookup.__kwdefaults__["_cache"]  # ?rc memo
log_event.__defaults__ = ([],)  # ?rc kept e1
del h1, h2  # ?rc kept
kept.clear()  # ?rc e1 e2
memo.clear()  # ?rc a
