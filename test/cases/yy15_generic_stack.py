# Theme: a Generic[T] stack and a bounded queue: subscripted aliases
# (Stack[float]) used to construct instances, which then record __orig_class__.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)  # ?rc item

    def pop(self) -> T:
        top = self.items.pop()  # ?rc top
        return top


class Bounded(Stack[T]):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit


FloatStack = Stack[float]  # ?rc FloatStack
s = FloatStack()  # ?rc s FloatStack
alias_of = s.__orig_class__  # ?rc alias_of FloatStack
v = 1.25 * 4  # ?rc v
s.push(v)  # ?rc v
s.push(v)  # ?rc v
back = s.pop()  # ?rc back v
plain = Stack()  # ?rc plain
plain.push(s)  # ?rc s
b = Bounded[float](10 ** 4)  # ?rc b
b.push(v)  # ?rc v
del alias_of  # ?rc FloatStack
del s, plain  # ?rc FloatStack v
