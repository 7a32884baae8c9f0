# Objects given to code the model does not follow (functools.update_wrapper sets __wrapped__,
# __name__ ... on them) may have gained any attribute: getattr with a default, and their __dict__
# (made after or before that), may give the default or something else; counts open, never wrong.
import functools


class Box:
    pass


token = object()
box = Box()
err = KeyError("k")
functools.update_wrapper(box, print)
functools.update_wrapper(err, print)
d = getattr(box, "job", token)  # ?rc token d
e = getattr(err, "job", token)  # ?rc token e
f = getattr(box, "__wrapped__", token)  # ?rc token f
g = box.__dict__.get("job", token)  # ?rc token
h = vars(box).get("__wrapped__", token)  # ?rc token
k = vars(box).setdefault("x", token)  # ?rc token


class Crate:
    pass


crate = Crate()
crate.own = token
cd = vars(crate)  # ?rc token cd
functools.update_wrapper(crate, print)
m = cd.get("__wrapped__", token)  # ?rc token
has = "__wrapped__" in cd  # ?rc has
