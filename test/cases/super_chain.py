# Theme: inheritance chains and super(): cooperative __init__ passing one
# argument up three levels; a diamond; overriding a class attribute.


class Root:
    kind = "root"

    def __init__(self, item):
        self.item = item  # ?rc item


class Mid(Root):
    def __init__(self, item):
        super().__init__(item)
        self.mid = item  # ?rc item


class Side(Root):
    kind = "side"


class Bottom(Mid, Side):
    def __init__(self, item):
        super().__init__(item)  # ?rc item self


obj = [1.5]  # ?rc obj
b = Bottom(obj)  # ?rc obj b Bottom
m = Mid(obj)  # ?rc obj Mid
mro = Bottom.__mro__  # ?rc mro Side Root
bases = Bottom.__bases__  # ?rc bases Mid
sup = super(Bottom, b)  # ?rc sup b
del sup  # ?rc b
del b, m  # ?rc obj Bottom Mid
del mro, bases  # ?rc Side Root
