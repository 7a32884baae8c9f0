# Theme: sys.intern answers with the string interned before under the same text,
# while that string lives; the table itself holds no counted reference
import gc, sys
x = sys.intern(''.join(['inter', 'ned!']))  # ?rc x
y = sys.intern('inter' + 'ned!')  # ?rc x y
same = x is y
z = sys.intern(''.join(['inter', 'ned!']))  # ?rc x z
parts = ['a-b', 'c']
w = sys.intern('/'.join(parts))  # ?rc w
del w
v = sys.intern('/'.join(parts))  # ?rc v
keys = [sys.intern(str(n) + '!') for n in range(3)]  # ?rc keys
k0 = keys[0]  # ?rc k0
again = sys.intern('0!')  # ?rc k0 again
del keys, k0  # ?rc again
box = {x: 1}
got = [k for k in box][0]  # ?rc got x
n = gc.collect()
