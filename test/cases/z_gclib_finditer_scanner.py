# re.finditer is iter(scanner.search, None): the callable_iterator holds a bound
# method, which holds the SRE_Scanner (pattern and text); all three are GC objects
# until the iterator reaches its end and lets go of the method.
import gc
import re

text = "a1 b22 c333 " * 3
matches = re.finditer(r"\d+", text)  # ?rc text
box = [matches]
box.append(box)
del box, matches
print(gc.collect())  # ?rc text

pat = re.compile(r"[a-z](\d)")
it = pat.finditer(text)
first = next(it)
print(first.group(0))
box = [it]
box.append(box)
del box, it
print(gc.collect())  # ?rc text first

done = pat.finditer("x1 y2")
found = list(done)  # ?rc found
box = [done]
box.append(box)
del box, done
print(gc.collect())
