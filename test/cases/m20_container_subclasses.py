# list and dict subclasses that hold themselves: subclass instances get
# their own __dict__ slot and a class reference; holding self as an item or
# as an attribute both make cycles.
import gc


class Stack(list):
    def push(self, x):
        self.append(x)  # ?rc self
        return len(self)


class Registry(dict):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self["me"] = self  # ?rc self


class Tagged(list):
    __slots__ = ("tag",)


gc.collect()
s = Stack()  # ?rc s
s.push(s)  # ?rc s
s.push(1.5)  # ?rc s
s.owner = s  # ?rc s
top = s.pop()  # ?rc top
first = s[0]  # ?rc first s
del first, top  # ?rc s
del s
print(gc.collect())  # the stack and its attribute dict? no: inline values
r = Registry("reg name!")  # ?rc r
alias = r["me"]  # ?rc r alias
del alias  # ?rc r
r["other"] = Registry("inner reg!")  # ?rc r
inner = r["other"]  # ?rc inner
del r  # ?rc inner
print(gc.collect())  # outer registry only
del inner
print(gc.collect())
t = Tagged([1.5, 2.5])  # ?rc t
t.tag = t  # ?rc t
t.append(t)  # ?rc t
del t
print(gc.collect())


def build_stacks(n):
    stacks = []
    for i in range(n):
        st = Stack()  # ?rc st
        st.push(stacks)
        stacks.append(st)  # ?rc st stacks
    return stacks


ss = build_stacks(3)  # ?rc ss
del ss
print(gc.collect())  # the outer list plus three stacks
plain = Stack([2.5, 3.5])  # ?rc plain
plain.push(plain[0])  # ?rc plain
d = vars(plain)  # ?rc d plain
del d
del plain
print(gc.collect())
