# ChainMap whose maps list the program emptied or filled with other things: IndexError / TypeError, never an internal error
import collections
cm = collections.ChainMap({"a": 1})
cm.maps.clear()
try:
    cm["b"] = 2
except IndexError:
    pass
x = [1]  # ?rc x
