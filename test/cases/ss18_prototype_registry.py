# Theme: prototype pattern. A registry holds configured prototype objects;
# the factory clones them with copy.copy (sharing nested containers) or
# copy.deepcopy (copying them), so clones differ in what they share.
import copy
import gc


class Widget:
    def __init__(self, style, children):
        self.style = style
        self.children = children


class PrototypeRegistry:
    def __init__(self):
        self._protos = {}

    def register(self, key, proto):
        self._protos[key] = proto

    def clone(self, key, deep=False):
        proto = self._protos[key]  # ?rc proto
        return copy.deepcopy(proto) if deep else copy.copy(proto)


style = {"color": "dark blue", "size": 12.5}  # ?rc style
kids = [Widget({}, []), Widget({}, [])]  # ?rc kids
button = Widget(style, kids)  # ?rc button style kids
reg = PrototypeRegistry()
reg.register("button", button)  # ?rc button
shallow = reg.clone("button")  # ?rc shallow style kids
deep = reg.clone("button", deep=True)  # ?rc deep style kids
deep_style = deep.style  # ?rc deep_style
deep_kids = deep.children  # ?rc deep_kids
k0 = deep_kids[0]  # ?rc k0
orig_k0 = kids[0]  # ?rc orig_k0
del button  # ?rc style kids
del reg  # ?rc kids
del shallow  # ?rc style
del deep  # ?rc deep_style deep_kids k0
print(gc.collect())
