# Theme: inheritance chains, super().__init__ and attributes set at each level.
class Base:
    def __init__(self, tag):
        self.tag = tag

class Mid(Base):
    def __init__(self, tag, extra):
        super().__init__(tag)
        self.extra = extra

class Leaf(Mid):
    def __init__(self, tag):
        super().__init__(tag, [tag])
        self.me = self

tag = [1.25]  # ?rc tag
m = Mid(tag, tag)  # ?rc tag m
leaf = Leaf(tag)  # ?rc tag leaf
del m  # ?rc tag
ex = leaf.extra  # ?rc ex tag
del leaf  # ?rc tag ex
import gc
n = gc.collect()  # ?rc tag ex
