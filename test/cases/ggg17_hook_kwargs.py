# Theme: plugin hooks that receive context through **kwargs. The dispatcher
# builds one context dict per call and hands each hook a fresh copy; hooks
# that keep the context or one of its values extend its life.

KEPT = []


def hook_store(*args, **ctx):
    user = ctx["user"]  # ?rc user
    KEPT.append(user)


def hook_copy(*args, **ctx):
    snapshot = dict(ctx)  # ?rc snapshot
    return snapshot


def hook_count(*args, **ctx):
    n = [len(args), len(ctx)]
    return n


HOOKS = [hook_store, hook_copy, hook_count]


def fire(*args, **context):
    results = []
    for hook in HOOKS:
        results.append(hook(*args, **context))  # ?rc context
    return results


class User:
    def __init__(self, login):
        self.login = login


u = User("ada")  # ?rc u
res = fire(user=u, action="login now")  # ?rc u res
snap = res[1]  # ?rc snap u
ctx = {"user": u, "action": "logout now"}  # ?rc ctx u
res2 = fire(1.5, 2.5, **ctx)  # ?rc ctx u
del res  # ?rc snap
del snap  # ?rc u
del res2  # ?rc u
HOOKS.remove(hook_store)
res3 = fire(**ctx)  # ?rc u
kept = KEPT  # ?rc kept
KEPT.clear()  # ?rc u
del ctx, res3  # ?rc u
