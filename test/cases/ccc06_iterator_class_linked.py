# A singly linked list with a separate iterator class implementing the
# iterator protocol: the iterator holds the current node, so a half-used
# iterator keeps the rest of the chain reachable from two places.
import gc


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class NodeIter:
    def __init__(self, head):
        self.cur = head

    def __iter__(self):
        return self

    def __next__(self):
        node = self.cur
        if node is None:
            raise StopIteration
        self.cur = node.next  # ?rc node
        return node


class LinkedList:
    def __init__(self, values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)

    def __iter__(self):
        return NodeIter(self.head)


chain = LinkedList([1.5, 2.5, 3.5])  # ?rc chain
h = chain.head  # ?rc h
second = h.next  # ?rc second
it = iter(chain)  # ?rc it h
n1 = next(it)  # ?rc n1 h second
n2 = next(it)  # ?rc second
del n1, n2  # ?rc h second
for node in chain:
    here = node  # ?rc here
del it  # ?rc second
values = [nd.value for nd in chain]  # ?rc values
chain.head = None  # ?rc h second
del h, here, node  # ?rc second
loop = Node(9.5)
loop.next = loop  # ?rc loop
walker = NodeIter(loop)
w1 = next(walker)  # ?rc loop w1
del loop, w1, walker
print(gc.collect())
