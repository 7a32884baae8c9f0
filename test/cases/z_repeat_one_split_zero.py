# `t * 1` of an exact tuple is t itself (its items gain nothing); a whitespace split with maxsplit
# 0 copies what is left into a new str, a split by a separator that splits nothing gives the str.
s = "north region: " + "alpha beta"  # ?rc s
f = 1.5 * 3  # ?rc f
t = (f, s)  # ?rc t s f
u = t * 1  # ?rc t s f
v = 1 * t  # ?rc t s f
t *= 1  # ?rc t s f
w = t * 2  # ?rc w s f
text = "x y z" * 3  # ?rc text
r1 = text.split(None, 0)  # ?rc r1 text
r2 = text.rsplit(maxsplit=0)  # ?rc r2 text
r3 = text.split("@", 0)  # ?rc r3 text
word = "solid!" * 2  # ?rc word
r4 = word.split()  # ?rc r4 word
r5 = word.split(maxsplit=0)  # ?rc r5 word
r6 = ("  " + word).split(None, 0)  # ?rc r6 word
