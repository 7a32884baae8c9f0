# Theme: a list sorted by id() has its items in an order nobody can predict, but
# reverse / append / insert / extend / count / copy / clear do not care where
# each item is: the items' counts stay known until something reads a position.
class Node:
    pass


a, b, c = Node(), Node(), Node()
nodes = [a, b, c, a]
nodes.sort(key=id)  # ?rc a b c
nodes.reverse()  # ?rc a b
nodes.append(b)  # ?rc b
nodes.insert(0, c)  # ?rc c
n_a = nodes.count(a)  # ?rc a
nodes.extend([a, b])  # ?rc a b
snapshot = nodes.copy()  # ?rc a b c
snapshot.reverse()  # ?rc snapshot
nodes.clear()  # ?rc a b c
del snapshot  # ?rc a b c
later = [c, b]
later.sort(key=id)
first = later[0]  # ?rc later
print(n_a, len(later))
