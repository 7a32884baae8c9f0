# Theme: cycles through instance dicts of different classes, partly rescued.
import gc

gc.collect()

class Owner:
    pass

class Pet:
    pass

o = Owner()
p = Pet()
o.pet = p
p.owner = o
keep = p
del o, p
print(gc.collect())
del keep
print(gc.collect())
a = Owner()
a.pets = [Pet() for _ in range(3)]
for pet in a.pets:
    pet.owner = a
del pet
del a
print(gc.collect())
