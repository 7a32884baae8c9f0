# Theme: __set_name__ gets the class namespace's key: the interned attribute name
import gc, sys
names = []
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        names.append(name)
class Model:
    title = Field()
    body = Field()
first = names[0]  # ?rc first
second = Model.body.name  # ?rc second
same = first is Model.title.name
Dyn = type('Dyn', (), {'price': Field()})
third = names[-1]  # ?rc third
names.clear()  # ?rc first third
n = gc.collect()
