# Theme: objects with __eq__/__hash__ as dict keys and set members. Storing
# an equal key again keeps the FIRST key object and replaces only the value;
# pop() and del release the stored key, not the one passed in.


class Key:
    def __init__(self, code):
        self.code = code

    def __eq__(self, other):
        return isinstance(other, Key) and self.code == other.code

    def __hash__(self):
        return hash(self.code)


k1 = Key(101)
k2 = Key(101)
table = {k1: [1.5]}
table[k2] = [2.5]  # ?rc k1 k2
val = table[Key(101)]  # ?rc val
members = {k1, k2}  # ?rc k1 k2
members.add(Key(101))
d2 = dict.fromkeys([k2, k1], val)  # ?rc k2 k1 val
popped = table.pop(k2)  # ?rc k1 popped
table.update({k2: popped})  # ?rc k2 popped
got = table.setdefault(Key(101), [9.5])  # ?rc got
literal = {k1: "first value!", k2: "second value!"}  # ?rc k1 k2
members.discard(k2)  # ?rc k1
members |= {k2}  # ?rc k2
del d2[k1]  # ?rc k2 val
k3 = Key(202)
union = {k1, k3} | {Key(101), Key(202)}  # ?rc k1 k3 union
inter = {Key(101)} & {k1, k3}  # ?rc k1 inter
del k1  # ?rc val
