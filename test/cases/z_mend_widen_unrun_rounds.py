# Theme: a generator's loop of unknown rounds runs one widened pass; the rounds the model does not
# run store a class attribute under a name the pass did not see (setattr with names[i % 2]), so after
# it the class may have __len__ and len() of an instance is no sure TypeError
import gc, random
class C:
    pass
def f(self):
    return 0
def g(src):
    names = ['x', '__len__']
    i = 0
    for _ in src:
        setattr(C, names[i % 2], f)
        i += 1
        yield i
for _ in g(random.sample(range(10), random.randint(2, 5))):
    pass
box = []
item = []
try:
    n = len(C())
    held = [item]
except TypeError as e:
    box.append(e)  # ?rc box
log = [box]  # ?rc box item
k = gc.collect()
