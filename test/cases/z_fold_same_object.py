# Constant folds whose result is an input literal's own object keep that literal's parser (arena)
# reference and add the folded node's: `"ab" * 1`, `b"x" + b""`, `(1.5, 2.5) + ()`, `+7.25`;
# a subscript of a constant tuple takes the item out, which the tuple left in the arena still
# holds; `not c` folds to a bool and its operand leaves co_consts.
S = "two words" * 1  # ?rc S
B = b"some bytes" + b""  # ?rc B
B2 = b"" + b"other bytes"  # ?rc B2
T = (1.5, 2.5) + ()  # ?rc T
T3 = 1 * (3.5, 4.5)  # ?rc T3
P = +7.25  # ?rc P
E = ("elem x y", 3.5)[0]  # ?rc E
F = ("elem", 9.5)[-1]  # ?rc F
N = ((5.5, 6.5), 7)[0]  # ?rc N
C = "abc"[1]  # ?rc C
lst = [1.5, 2.5, 3.5]  # ?rc lst
f0 = lst[0]  # ?rc f0
neg = not 1.5  # ?rc f0 neg
neg2 = not ()  # ?rc neg2
S2 = "two words"  # ?rc S S2
twice = "two words" * 2  # ?rc twice S


def f():
    s = "in function" * 1
    e = ("in f", 8.25)[1]
    return s, e


r, e8 = f()  # ?rc r e8
r2, e9 = f()  # ?rc r r2 e8 e9
box = [S, T, E, P]  # ?rc box S T E P
del S, T  # ?rc box
u = +(+98765.25)  # ?rc u
w2 = "a b c" * 1 * 1  # ?rc w2
t4 = (+21.25, 22.5)  # ?rc t4
x4 = 21.25  # ?rc x4
y4 = ((31.5, 32.5)[0], 33.5)  # ?rc y4
w4 = 31.5  # ?rc w4
