# Closures three levels deep: nonlocal rebinding moves the reference held by
# a cell, and every level's function keeps the cells it needs alive.
import gc


class Node:
    pass


def level1(seed):
    acc = [seed]  # ?rc seed acc

    def level2(extra):
        holder = extra  # ?rc extra holder

        def level3():
            nonlocal holder
            old = holder  # ?rc old
            holder = acc  # ?rc holder acc
            return old

        return level3

    return level2


n = Node()  # ?rc n
mid = level1(n)  # ?rc n mid
x = Node()
inner = mid(x)  # ?rc x inner
got = inner()  # ?rc x got
again = inner()  # ?rc again
del got
del inner  # ?rc x again
del mid  # ?rc n
del again  # ?rc n
print(gc.collect())
