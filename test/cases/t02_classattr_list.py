# Theme: a class attribute list mutated through an instance is shared by
# every instance; `+=` through an instance mutates it AND binds an instance
# attribute to the same list. A class body is a namespace of its own:
# locals() there is the dict that becomes the class __dict__. super()
# passes __init__ arguments up.


class Base:
    registry = []  # ?rc registry
    alias = registry
    ns = locals()  # ?rc registry
    del ns, alias  # ?rc registry

    def __init__(self, tag):
        self.tag = tag  # ?rc tag
        self.registry.append(self)  # ?rc self


class Child(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)  # ?rc tag extra
        self.extra = extra  # ?rc extra


shared = Base.registry  # ?rc shared
label = "tag #1"
b = Base(label)  # ?rc b label
payload = [2.5]
c = Child(label, payload)  # ?rc c payload
c.registry += [c]  # ?rc c shared -- now also an instance attribute
own = c.registry  # ?rc shared
b.registry = [b]  # ?rc b shared -- shadows the class list for b only
del c.registry  # ?rc shared own
Child.registry = shared[:]  # ?rc c
del own
Base.registry = []  # ?rc shared
del shared  # ?rc b c
del Child.registry  # ?rc c
