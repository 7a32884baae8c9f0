# Two NaN floats are never equal: as dict keys and list items only identity
# finds them.
nan1 = float("nan")
nan2 = float("nan")
d = {nan1: "first nan!"}  # ?rc nan1
d[nan2] = "other nan!"  # ?rc nan2
d[nan1] = "first again"  # ?rc nan1
lst = [nan1, nan2]; d = None
lst.remove(nan2)  # ?rc nan1 nan2
pair = (nan1, 2.5)
found = pair in [(nan1, 2.5)]  # ?rc pair
cnt = [nan1, nan2, nan1].count(nan1)  # ?rc nan1
