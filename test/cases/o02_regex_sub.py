# Template expansion with re.sub and a replacement function that records matches.
import re
import gc

VAR = re.compile(r"\{(\w+)\}")


class Expander:
    def __init__(self, values):
        self.values = values  # ?rc values
        self.seen = []  # ?rc self

    def _repl(self, mo):
        self.seen.append(mo)  # ?rc mo
        key = mo.group(1)
        return str(self.values.get(key, "?"))

    def expand(self, text):
        out = VAR.sub(self._repl, text)  # ?rc out text
        return out


vals = {"name": "Ada Lovelace", "year": 1815 * 1}  # ?rc vals
ex = Expander(vals)  # ?rc ex vals
tpl = "Dear {name}, born {year}, welcome!"  # ?rc tpl
res = ex.expand(tpl)  # ?rc res tpl ex
seen = ex.seen  # ?rc seen
m0 = seen[0]  # ?rc m0
s0 = m0.string  # ?rc s0
re0 = m0.re  # ?rc re0
ex.seen = []  # ?rc seen m0
del seen  # ?rc m0 tpl
del m0  # ?rc tpl


def count_vowels(text):
    pat = re.compile(r"[aeiou]", re.I)  # ?rc pat
    hits = pat.findall(text)  # ?rc hits
    n = len(hits)
    return n


nv = count_vowels(res)
upper = re.sub(r"[a-z]+", lambda mm: mm.group(0).upper(), "mixed Case words here")  # ?rc upper
pieces = re.split(r",\s*", "alpha, beta,gamma,  delta")  # ?rc pieces
ex.self_ref = ex._repl  # ?rc ex
del ex
n = gc.collect()
print(res, nv, upper, pieces, n)
