# Symbol tables and interning in a tiny config loader: keys interned with
# sys.intern, values computed at run time; a lookup table keyed by ints.
import gc
import sys


class Symbol:
    table = {}

    def __init__(self, name):
        self.name = name

    @classmethod
    def get(cls, name):
        sym = cls.table.get(name)
        if sym is None:
            sym = cls.table[name] = Symbol(name)  # ?rc sym
        return sym


def load_config(text):
    conf = {}
    for line in text.splitlines():
        key, _, val = line.partition("=")
        key = sys.intern(key.strip())
        conf[key] = float(val)  # ?rc conf
    return conf


gc.collect()
cfg = load_config("timeout = 2.5\nretries = 3.0\nratio = 0.75")  # ?rc cfg
timeout = cfg["timeout"]  # ?rc timeout
big = 10 ** 6  # ?rc big
big2 = big + 0  # ?rc big big2
s1 = Symbol.get("alpha beta")  # ?rc s1
s2 = Symbol.get("alpha beta")  # ?rc s1 s2
s3 = Symbol.get("gamma")  # ?rc s3
name = s1.name  # ?rc name
joined = " ".join(["alpha", "beta"])  # ?rc joined
s4 = Symbol.get(joined)  # ?rc s4 joined s1
del s2, s4  # ?rc s1
port_table = {8080: "http alt", 443: "https"}  # ?rc port_table
label = port_table[443]  # ?rc label
codes = [n * 1000 for n in range(3)]  # ?rc codes
c2 = codes[2]  # ?rc c2
del codes  # ?rc c2


def normalize(words):
    out = []
    for w in words:
        out.append(w.strip().lower())  # ?rc out
    return out


norm = normalize([" Foo Bar ", "BAZ qux "])  # ?rc norm
first = norm[0]  # ?rc first
Symbol.table.clear()  # ?rc s1 s3
print(gc.collect())
