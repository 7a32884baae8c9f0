# Merging dicts whose keys have their own __eq__: d.update(other), {**a, **b} and a | b run
# dict_merge, which compares each incoming key with the stored keys of equal hash, holding the
# incoming key twice more and the stored key once more (a | b also holds a's copy). The model
# also compares keys when the right-hand dict is built, so __eq__'s counts are open.
class Setting:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.upper())

    def __eq__(self, other):
        mine = self  # ?rc self
        theirs = other  # ?rc other
        return self.name.upper() == other.name.upper()


debug = Setting("debug")
defaults = {debug: False}
override_key = Setting("DEBUG")
overrides = {override_key: True}
config = dict(defaults)
config.update(overrides)  # ?rc override_key
merged = {**defaults, **overrides}  # ?rc debug
combined = defaults | overrides  # ?rc debug
print(len(config), len(merged), len(combined))  # ?rc override_key
