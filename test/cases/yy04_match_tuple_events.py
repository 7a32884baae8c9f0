# Theme: an event loop dispatching tuples with match: sequence patterns with
# star captures (new lists), literal tags, mapping patterns with **rest.
def handle(event, log):
    match event:
        case ("move", dx, dy):
            step = (dx, dy)  # ?rc step event
            log.append(step)
        case ("batch", *items):
            log.append(items)  # ?rc items event
        case {"kind": "config update", **rest}:
            log.append(rest)  # ?rc rest event
        case [first, *_]:
            log.append(first)  # ?rc first
    return len(log)


dx = 0.25 * 3  # ?rc dx
dy = -1.5 * 2  # ?rc dy
payload = [dx, dy]  # ?rc payload
log = []
move = ("move", dx, dy)  # ?rc move
n = handle(move, log)  # ?rc move dx
batch = ("batch", payload, payload, payload)  # ?rc batch payload
n = handle(batch, log)  # ?rc batch payload
cfg = {"kind": "config update", "depth": payload, "ratio": dx}  # ?rc cfg
n = handle(cfg, log)  # ?rc cfg payload
odd = ["not an event tag", dy]  # ?rc odd
n = handle(odd, log)
del move, batch, cfg, odd  # ?rc dx payload
log.clear()  # ?rc dx payload
