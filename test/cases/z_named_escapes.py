# \N{...} escapes: a Latin-1 character is one of the cached one-character strings, another is a new object
a = "\N{LATIN SMALL LETTER E WITH ACUTE}"   # ?rc a
b = "\N{BULLET}"                            # ?rc b
c = "\N{bullet}"                            # ?rc c
d = "\N{DEGREE SIGN}" + ""                  # ?rc d
e = "caf\N{LATIN SMALL LETTER E WITH ACUTE}"
f = "cafe\u0301"
same = e == "café"
key = {"\N{SNOWMAN}": [1]}
v = key["\N{snowman}"]                      # ?rc v
w = key.get("\N{COMET}")
t = ("\N{NO-BREAK SPACE}", "\N{NBSP}")      # ?rc t
