# A zoo of cycles and the number gc.collect() returns for each: a
# self-referencing instance, two instances, a cycle through a dict, through
# a closure cell, through a bound method, and one with __del__.
import gc


class Animal:
    pass


class Noisy:
    def __del__(self):
        pass


def closure_cycle():
    env = {}

    def get():
        return env
    env["get"] = get  # ?rc env get
    return get


gc.collect()
solo = Animal()
solo.me = solo  # ?rc solo
del solo
print(gc.collect())
cat, dog = Animal(), Animal()
cat.friend, dog.friend = dog, cat  # ?rc cat dog
del cat, dog
print(gc.collect())
holder = {}
holder["self"] = holder  # ?rc holder
del holder
print(gc.collect())
fn = closure_cycle()  # ?rc fn
del fn
print(gc.collect())  # function, cell, dict
bird = Animal()
bird.cb = bird.__init__  # ?rc bird
del bird
print(gc.collect())  # instance and its bound method
for i in range(2):
    nz = Noisy()
    nz.loop = [nz]  # ?rc nz
    del nz
    print(gc.collect())
fish = Animal()
fish.bag = [fish, (fish,)]  # ?rc fish
d = vars(fish)  # ?rc d fish
del fish, d
print(gc.collect())
print(gc.collect())


def lonely():
    return 0


lonely.me = lonely  # ?rc lonely
del lonely
print(gc.collect())  # the function and its __dict__
kite = Animal()
kite.fn = lambda: kite  # ?rc kite -- the lambda reads a global: no cycle
del kite
print(gc.collect())
