# Theme: a class's own __format__: f-strings, format() and str.format hand it the
# spec string and answer with the very object it returns; object.__format__
# refuses a non-empty spec
import gc, sys
kept = []
class Rec:
    def __format__(self, spec):
        kept.append(spec)
        return spec
class Tag:
    def __init__(self, text):
        self.text = text
    def __format__(self, spec):
        return self.text
class Plain:
    pass
class Bad:
    def __format__(self, spec):
        return 42
r = Rec()
s = f'{r:>10}'  # ?rc s
n = len(kept)  # ?rc kept
e = f'{r}'  # ?rc e
word = ''.join(['ta', 'g'])  # ?rc word
t = Tag(word)  # ?rc word
a = f'{t}'  # ?rc a word
b = f'{t:xyz}'  # ?rc b word
c = format(t)  # ?rc c word
fs = ''.join(['s', 'p'])  # ?rc fs
d = format(r, fs)  # ?rc d fs
u = '{:ab}'.format(r)  # ?rc u
v = '{0}'.format(t)  # ?rc v word
w = 'x{}y'.format(t)  # ?rc w word
z = f'<{t}>'  # ?rc z word
p = Plain()
ok = f'{p}' == str(p)
try:
    f'{p:>5}'
    refused = False
except TypeError:
    refused = True
try:
    format(Bad())
    bad = False
except TypeError:
    bad = True
del a, b, c, v, t  # ?rc word
kept.clear()  # ?rc fs
m = gc.collect()
