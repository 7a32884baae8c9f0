# match statements on lists and tuples: captured names hold new references,
# `*rest` builds a new list, `*_` builds nothing, a failed case binds nothing.


class Item:
    pass


a = Item()
b = Item()
c = Item()
row = [a, b, c]  # ?rc row a

match row:
    case [x]:
        print("one")
    case [first, *rest]:
        got = first  # ?rc first rest a b c row
        n = len(rest)

del first, got
rest.append(a)  # ?rc rest a

match row:
    case [p, q, *_]:
        pair = (p, q)  # ?rc p q pair a b c

match (a, b):
    case (Item() as left, right):
        both = [left, right]  # ?rc left right both a b

match row:
    case [one, two]:
        print("two")
    case [*init, last]:
        tail = last  # ?rc init last c tail

match [Item(), Item()]:
    case [fresh, _]:
        kept = fresh  # ?rc fresh kept

match row:
    case (_, mid, _):
        m = mid  # ?rc mid b m row
