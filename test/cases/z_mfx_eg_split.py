# ExceptionGroup.split / subgroup walk nested groups (exceptiongroup_split_recursive):
# a callable condition sees each group before its parts, derived groups share
# the leaves and copy __notes__; a subclass's own derive makes the parts.


class E(Exception):
    pass


a = E("alpha")
b = KeyError("beta")
inner = ExceptionGroup("inner", [a, b])  # ?rc a b inner
outer = ExceptionGroup("outer", [inner, ValueError(a)])  # ?rc inner
outer.add_note("first note")
seen = []


def pick(e):
    seen.append(e)
    return isinstance(e, KeyError)


sub = outer.subgroup(pick)  # ?rc sub b inner outer
visited = len(seen)  # ?rc seen
notes = sub.__notes__  # ?rc notes
m, r = outer.split(E)  # ?rc m r a b inner
part = r.exceptions[0]  # ?rc part b
whole = outer.subgroup(ExceptionGroup)  # ?rc whole outer
none_part = inner.subgroup(OSError)  # ?rc none_part


class Tagged(ExceptionGroup):
    def derive(self, excs):
        made = Tagged(self.message + "!", excs)
        made.origin = self  # ?rc self excs
        return made


t = Tagged("tagged", [a, b, OSError(b)])  # ?rc t a b
hit, miss = t.split(KeyError)  # ?rc hit miss t b
origin = hit.origin  # ?rc origin t
del seen, sub, notes, m, r, part, whole  # ?rc a b inner outer
del hit, miss, origin  # ?rc t a b
