# Theme: scrubbing a settings dict built from the command line (content the
# analyzer cannot know) by deleting entries while iterating it: whether the loop raises RuntimeError depends on that content,
# so both the handler and the normal path must be followed.
import gc
import sys


class Setting:
    def __init__(self, name, value):
        self.name = name
        self.value = value


settings = {arg: Setting(arg, True) for arg in sys.argv}
audit = []
marker = Setting("scrub-failed", None)  # ?rc audit settings marker
try:
    # (drop everything, the script name included: it was only for the banner)
    for key in settings:
        del settings[key]
    audit.append("clean")
except RuntimeError as exc:
    audit.append(exc)
    audit.append(marker)
print(len(audit))  # ?rc audit settings marker

# The fix: rebuild the dict instead of deleting from it.
settings = {k: v for k, v in settings.items() if k.startswith("XYZ_")}
print(len(settings))  # ?rc settings audit marker
audit.clear()
gc.collect()
