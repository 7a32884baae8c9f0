# Theme: context managers that keep or drop what __enter__ returned.
class Resource:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit")
        return False

r = Resource()  # ?rc r
with r as handle:
    inside = handle  # ?rc r handle inside
after = r  # ?rc r
class Tracker:
    def __init__(self, target):
        self.target = target
    def __enter__(self):
        return self.target
    def __exit__(self, *args):
        self.target = None
payload = [3.5]  # ?rc payload
t = Tracker(payload)  # ?rc payload t
with t as got:
    pass  # ?rc payload got
del got  # ?rc payload
with Resource() as tmp:
    keep = tmp.log  # ?rc keep
del tmp  # ?rc keep
