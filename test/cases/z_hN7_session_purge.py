# Theme: purging expired sessions by deleting from the dict being iterated
# (RuntimeError "dictionary changed size during iteration" after the first
# deletion), then the fixed purge over a list of the keys.
import gc


class Session:
    def __init__(self, user, expired):
        self.user = user
        self.expired = expired
        self.data = {"cart": [user]}


sessions = {}
for name, old in [("ann", True), ("bob", False), ("cy", True), ("dee", True)]:
    sessions["sid-" + name] = Session(name, old)
first = sessions["sid-ann"]  # ?rc first sessions

purged = []
try:
    for sid in sessions:
        s = sessions[sid]
        if s.expired:
            purged.append(sid)
            del sessions[sid]
    print("purge finished")
    done = True
except RuntimeError as err:
    print("purge failed:", err)  # ?rc err sessions first sid s
    failure = err
    done = False
print(len(sessions), purged, done)  # ?rc sessions first s
gc.collect()

# The fix: iterate over a snapshot of the keys.
for sid in list(sessions):
    if sessions[sid].expired:
        del sessions[sid]
print(sorted(sessions))  # ?rc sessions s sid
del s
print(first.user)  # ?rc first
del first
gc.collect()
print(failure)  # ?rc failure
