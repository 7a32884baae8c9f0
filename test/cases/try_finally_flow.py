# Theme: try/finally and try/except/else paths that release or keep objects.
class R:
    pass

def use(flag):
    res = R()
    try:
        if flag:
            raise RuntimeError("x")
        out = [res]
    except RuntimeError:
        out = None
    else:
        out.append(res)
    finally:
        res = None
    return out

got = use(False)  # ?rc got
item = got[0]  # ?rc item got
none = use(True)  # ?rc none
def cleanup():
    holder = [R()]
    try:
        return holder[0]
    finally:
        holder.clear()
r = cleanup()  # ?rc r
