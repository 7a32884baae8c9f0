# Theme: a classmethod factory registering instances in a class-level list,
# and a staticmethod helper; deleting names leaves the registry holding them.
import gc


class Node:
    registry = []

    def __init__(self, label):
        self.label = label

    @classmethod
    def make(cls, label):
        obj = cls(label)  # ?rc obj
        cls.registry.append(obj)  # ?rc obj
        return obj

    @staticmethod
    def count():
        return len(Node.registry)


reg = Node.registry  # ?rc reg
a = Node.make("first node!")  # ?rc a reg
b = Node.make("second node!")  # ?rc b
c = a  # ?rc a c
del a, c  # ?rc b
n = Node.count()
first = reg[0]  # ?rc first
reg.clear()  # ?rc first b
del first
print(gc.collect())  # nothing: no cycles
