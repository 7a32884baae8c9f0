# Theme: ExceptionGroup.subgroup() / split() build new groups sharing the leaf exceptions (and copying the traceback); a condition the group itself matches gives the group.
class Box:
    pass
b = Box()  # ?rc b
eg = ExceptionGroup("many!", [KeyError(b), ValueError(b)])  # ?rc eg b
sub = eg.subgroup(KeyError)  # ?rc sub b
match, rest = eg.split(ValueError)  # ?rc match rest b
del eg  # ?rc b sub
del sub, match  # ?rc b rest
