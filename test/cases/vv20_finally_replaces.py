# Theme: shutdown hooks that run in finally blocks. An exception raised
# in a finally block replaces the one in flight (which becomes its
# __context__); `break` inside finally discards the pending exception.
import gc


class Hook:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail


class HookFailed(Exception):
    def __init__(self, hook):
        super().__init__(hook.name)
        self.hook = hook


def run_hooks(hooks):
    ran = []
    for hook in hooks:
        try:
            if hook.fail:
                raise HookFailed(hook)
            ran.append(hook)
        finally:
            if hook.name.startswith("must stop"):
                break
    return ran


def shutdown(a, b):
    try:
        raise HookFailed(a)
    finally:
        raise HookFailed(b)


h1 = Hook("flush logs", True)  # ?rc h1
h2 = Hook("must stop now", True)  # ?rc h2
h3 = Hook("close files", False)  # ?rc h3
ran = run_hooks([h3, h2, h1])  # ?rc ran h1 h2 h3
try:
    shutdown(h1, h2)
except HookFailed as e:
    replaced = e.__context__  # ?rc replaced h1 h2
    final = e  # ?rc final
gc.collect()
del final  # ?rc h1 h2 replaced
del replaced  # ?rc h1 h2
print(gc.collect())
