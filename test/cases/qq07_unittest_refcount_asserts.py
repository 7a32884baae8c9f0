# Theme: unit-test style code that asserts reference counts with
# sys.getrefcount before and after calling the code under test, to prove that
# a container neither leaks nor steals references.
import sys


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        return self._items.pop()

    def peek(self):
        return self._items[-1]


class TestStack:
    def setup(self):
        self.stack = Stack()
        self.item = [1.5, 2.5]

    def test_push_pop(self):
        item = self.item  # ?rc item
        before = sys.getrefcount(item)
        self.stack.push(item)  # ?rc item
        during = sys.getrefcount(item)
        got = self.stack.pop()  # ?rc item got
        del got
        after = sys.getrefcount(item)
        assert before == after and during == before + 1
        return before, during, after

    def test_peek(self):
        item = self.item
        self.stack.push(item)  # ?rc item
        top = self.stack.peek()  # ?rc item top
        assert sys.getrefcount(top) == sys.getrefcount(item)
        del top
        self.stack.pop()  # ?rc item
        return sys.getrefcount(item)


case = TestStack()  # ?rc case
case.setup()
obj = case.item  # ?rc obj
print(case.test_push_pop())  # ?rc obj
print(case.test_peek())  # ?rc obj
print(sys.getrefcount(case.stack))
case.setup()  # ?rc obj
