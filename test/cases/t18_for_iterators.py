# Theme: for loops. The loop variable keeps the last item after the loop;
# enumerate and zip keep their last result tuple for reuse; reversed()
# and dict views keep their container alive.


class Item:
    pass


items = [Item(), Item(), Item()]  # ?rc items
first = items[0]  # ?rc first
for i, it in enumerate(items):
    cur = it  # ?rc it
last = it  # ?rc last
for x, y in zip(items, reversed(items)):
    pair_x = x  # ?rc x
rev = reversed(items)  # ?rc items rev
nxt = next(rev)  # ?rc nxt
del rev  # ?rc items
back = reversed(items)  # ?rc items
for y in back:
    pass
after = items  # ?rc items
del back  # ?rc items
d = {"one key": first, "two key": last}
for k, v in d.items():
    kv = v  # ?rc v
view = d.values()  # ?rc d
total = []
for obj in iter(items):
    total.append(obj)  # ?rc obj total
del total  # ?rc first last
