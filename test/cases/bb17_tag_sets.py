# Theme: tag sets with equal but distinct strings. A union keeps the left
# operand's element when both have an equal one; an intersection keeps
# the element of the set it iterates (the smaller, or the right operand
# when sizes tie). frozenset() of a frozenset, tuple() of a tuple and a
# full slice of a tuple return the same object.


def tag(*parts):
    return "/".join(parts)


red1, red2 = tag("c", "red"), tag("c", "red")
blue = tag("c", "blue")
left = {red1, blue}
right = {red2}
both = left | right  # ?rc red1 red2
common = left & right  # ?rc red1 red2
common2 = right & left  # ?rc red1 red2
big = {red2, tag("c", "green"), tag("c", "gray")}  # ?rc red2
common3 = left & big  # ?rc red1 red2
frozen = frozenset(left)  # ?rc red1 blue
same = frozenset(frozen)  # ?rc frozen
copied = frozen.copy()  # ?rc frozen
pair = (red1, blue)  # ?rc pair
pair2 = tuple(pair)  # ?rc pair
pair3 = pair[:]  # ?rc pair
joined = pair + (red2,)  # ?rc joined red2
pair += (red2,)  # ?rc pair joined red2
left -= right  # ?rc red1 blue
del both, common, common2, common3  # ?rc red1 red2
