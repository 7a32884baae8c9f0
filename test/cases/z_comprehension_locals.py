# locals() inside a comprehension: 3.11 gives the comprehension's own frame dict ('.0', its variables, the names it uses), 3.12+ the function's (PEP 709), with the comprehension's variables in it.
def per_item(data):
    snaps = [locals() for item in data]  # ?rc data
    first = snaps[0]  # ?rc first
    return len(snaps)


def more(data):
    k = [2.5]
    r = [locals() for item in data if k]  # ?rc k data
    first = r[0]  # ?rc first k
    s = [[locals() for y in data] for x in data]  # ?rc data
    inner = s[0][0]  # ?rc inner
    t = {x: locals() for x in data}  # ?rc k
    del r, first, s, inner, t
    snap = locals()  # ?rc k snap
    return len(snap)


per_item([1.5, 2.5])
more([1.5, 2.5])
