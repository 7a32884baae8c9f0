# Symmetric difference of sets whose members have their own __eq__: `a ^ b` copies b and toggles
# each member of a in the copy (held once more while looked up; b's member held by the copy and
# the lookup); symmetric_difference(list) toggles a's members in the set made of the list; `a ^= b`
# toggles b's members in a itself. The model settles a new object against the others once
# before CPython compares anything, so __eq__'s counts are open.
class Room:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        return hash(self.code[0].upper())

    def __eq__(self, other):
        me = self  # ?rc self
        you = other  # ?rc other
        return self.code.upper() == other.code.upper()


r101 = Room("A101")
monday = {r101}
r101b = Room("a101")
tuesday = {r101b}
changed = monday ^ tuesday  # ?rc r101
print(len(changed))  # ?rc r101b


def toggle(rooms, flips):
    rooms ^= flips
    return len(rooms)


n = toggle(set(monday), {Room("B104")})  # ?rc r101
print(n)  # ?rc monday
