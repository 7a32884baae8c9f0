# Theme: a linked list class that behaves like a Python container:
# __len__, __iter__ as a generator, __contains__, __getitem__ and __str__,
# the way a CS2 assignment asks for it.


class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(items):
            self.head = Node(item, self.head)
            self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __contains__(self, target):
        return any(v == target for v in self)

    def __getitem__(self, index):
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError(index)

    def __str__(self):
        return " -> ".join(str(v) for v in self)


data = [1.25, 2.5, 3.75, 5.0]
ll = LinkedList(data)  # ?rc ll data
second = ll[1]  # ?rc second
found = 3.75 in ll  # ?rc ll
it = iter(ll)  # ?rc it ll
head_value = next(it)  # ?rc head_value ll
text = str(ll)  # ?rc text ll
del it  # ?rc ll
total = 0.0
for v in ll:
    total += v  # ?rc v ll
copy = list(ll)  # ?rc copy second
