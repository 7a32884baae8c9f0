# Theme: locals() inside a function with an if/else. On 3.11 and 3.12 the
# result is the frame's own cached dict (it keeps every local until the
# function returns); on 3.13 it is a fresh snapshot freed when dropped.


class Sample:
    def __init__(self, values):
        self.values = values


def summarize(sample, verbose):
    data = sample.values
    if verbose:
        label = "long summary!"
        extra = list(data)
    else:
        label = "short summary!"
        extra = data
    snap = locals()  # ?rc data extra
    del snap
    after = data  # ?rc data
    return sorted(snap_key for snap_key in ("data", "extra") if snap_key in locals())


def summarize_short(sample):
    data = sample.values
    extra = data if len(data) > 5 else list(data)
    keep = locals()  # ?rc data keep
    return keep


s = Sample([1.5, 2.5])  # ?rc s
vals = s.values  # ?rc vals
summarize(s, True)  # ?rc vals
snap = summarize_short(s)  # ?rc vals snap


def pick(sample, flag):
    if flag:
        chosen = sample.values
    else:
        chosen = [0.5]
    keep = chosen  # ?rc chosen
    view = vars()  # ?rc chosen
    return view


v1 = pick(s, True)  # ?rc vals v1
del v1  # ?rc vals s
del snap  # ?rc vals
