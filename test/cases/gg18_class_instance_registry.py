# Theme: a class attribute that records every instance ever created is a
# classic leak; replacing it with a list of weak references (pruned lazily)
# lets instances die while still allowing enumeration of the live ones.
import gc
import sys
import weakref


class Sprite:
    instances = []

    def __init__(self, x):
        self.x = x
        Sprite.instances.append(self)


class WeakSprite:
    _refs = []

    def __init__(self, x):
        self.x = x
        WeakSprite._refs.append(weakref.ref(self))

    @classmethod
    def live(cls):
        cls._refs[:] = [r for r in cls._refs if r() is not None]
        return [r() for r in cls._refs]


s = Sprite(1.5)  # ?rc s
for k in range(3):
    Sprite(k + 0.5)
reg = Sprite.instances  # ?rc reg s
del s
tmp = reg[0]  # ?rc tmp
del tmp
reg.clear()  # ?rc reg
ws = WeakSprite(2.5)  # ?rc ws
others = [WeakSprite(k * 3.5) for k in range(2)]  # ?rc others
print(len(WeakSprite._refs))
del others
live = WeakSprite.live()  # ?rc ws live
print(len(live), len(WeakSprite._refs))
del live  # ?rc ws
first_ref = WeakSprite._refs[0]  # ?rc first_ref
del ws  # ?rc first_ref
print(first_ref() is None, len(WeakSprite.live()))
del first_ref
sub = type("Bullet", (Sprite,), {"speed": 9.5})  # ?rc sub
b = sub(4.5)  # ?rc b sub
del b  # ?rc sub
Sprite.instances.clear()  # ?rc sub
del sub
print(gc.collect())  # the class is always cyclic garbage
