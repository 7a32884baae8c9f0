# Names made at run time that library code keeps where the model does not look: namedtuple's
# field names (interned and stored in _fields, __match_args__, properties) and type()'s class
# name (ht_name and ht_qualname). Their counts are open; everything else stays exact.
from collections import namedtuple

field = "".join(["fie", "ld_a"])  # ?rc field
Point = namedtuple("Point", [field, "y"])  # ?rc field
p = Point(1.5, 2.5)  # ?rc p
cname = "".join(["Dyn", "Class"])  # ?rc cname
C = type(cname, (), {})  # ?rc cname C
obj = C()  # ?rc obj C
holder = [p, obj]  # ?rc holder p obj
