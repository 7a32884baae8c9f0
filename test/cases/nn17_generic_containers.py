# Theme: typing.Generic containers. Instantiating a subscripted alias
# (Stack[float]()) stores the alias on the instance as __orig_class__;
# plain Stack() does not. The container itself is an ordinary list owner.
from typing import Generic, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self):
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)  # ?rc item
        return self

    def pop(self) -> T:
        return self.items.pop()


class Pair(Generic[T]):
    __slots__ = ("left", "right")

    def __init__(self, left: T, right: T):
        self.left, self.right = left, right


x = [1.5 * 2]  # ?rc x
y = [2.5 * 2]  # ?rc y
s = Stack()  # ?rc s
s.push(x).push(y).push(x)  # ?rc s x y
typed = Stack[list]()  # ?rc typed
alias = typed.__orig_class__  # ?rc alias
typed.push(y)  # ?rc y
top = s.pop()  # ?rc top x
p = Pair(x, y)  # ?rc p x y
pairs = [Pair(top, y) for _ in range(3)]  # ?rc x y pairs
del pairs  # ?rc x y
items = s.items  # ?rc items
del s  # ?rc items x
del typed, items, top  # ?rc x y
