# Theme: copy hooks the engine does not follow (__getstate__ / __setstate__ through
# object.__reduce_ex__) still run: what they store is open, not missed
import copy, gc
kept = []
class Node:
    def __init__(self, payload):
        self.payload = payload
    def __copy__(self):
        kept.append(self)
        return Node(self.payload)
    def __deepcopy__(self, memo):
        kept.append(memo)
        return Node(copy.deepcopy(self.payload, memo))
class State:
    def __init__(self, data):
        self.data = data
    def __getstate__(self):
        return {'data': self.data}
    def __setstate__(self, st):
        kept.append(st)
        self.__dict__.update(st)
item = [0]
n = Node(item)
c = copy.copy(n)  # ?rc item n c
d = copy.deepcopy(n)  # ?rc item
memo = kept[-1]  # ?rc memo
s = State(item)
s2 = copy.copy(s)  # ?rc item s2
st = kept[-1]  # ?rc st
kept.clear()  # ?rc item n
del c, d, memo, s2, st  # ?rc item
g = gc.collect()
