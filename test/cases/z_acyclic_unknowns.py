# Objects from modules that never make cycles: dropping one leaves no garbage; a list re gives may be made cyclic.
import gc
import re
m = re.match(r"(\w+)", "hello world")
g = m.group(1)
del m, g
n = gc.collect()  # ?rc n
lst = re.findall(r"\w+", "a b c")
lst.append(lst)
del lst
k = gc.collect()
d = re.match(r"(?P<x>\w+)", "abc").groupdict()
d["self"] = d
del d
j = gc.collect()
