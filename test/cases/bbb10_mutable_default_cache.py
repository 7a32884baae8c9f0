# Theme: a default argument is evaluated once and stored on the function. A
# mutable default is shared by every call that does not pass the argument:
# a memo cache on purpose, a bug by accident.


class Node:
    def __init__(self, name):
        self.name = name


def add_tag(tag, tags=[]):
    tags.append(tag)  # ?rc tags
    return tags


t1 = add_tag("first tag")  # ?rc t1
t2 = add_tag("second tag")  # ?rc t1 t2
mine = add_tag("own tag", [])  # ?rc mine
defaults = add_tag.__defaults__  # ?rc defaults


def lookup(name, _cache={}):
    node = _cache.get(name)
    if node is None:
        node = _cache[name] = Node(name)  # ?rc node
    return node


n1 = lookup("alpha node")  # ?rc n1
n2 = lookup("alpha node")  # ?rc n1 n2
n3 = lookup("beta node")  # ?rc n3
cache = lookup.__defaults__[0]  # ?rc cache n1
cache.clear()  # ?rc n1 n3
del n2  # ?rc n1


def safe_add(tag, tags=None):
    if tags is None:
        tags = []
    tags.append(tag)  # ?rc tags
    return tags


s1 = safe_add("x tag")  # ?rc s1
s2 = safe_add("y tag", s1)  # ?rc s1 s2
add_tag.__defaults__ = ([],)  # ?rc t1 defaults
del defaults  # ?rc t1
print(len(t1), n1.name, s2)
