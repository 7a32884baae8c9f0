# logging: formatting a record runs the arguments' own __str__ (when the level is enabled
# and a handler formats it); a hook that stores its object keeps it after the call.
import logging

logging.basicConfig(level=logging.DEBUG, format="%(message)s")
log = logging.getLogger("hooks")
seen = []


class Loud:
    def __str__(self):
        seen.append(self)
        return "loud"


class Quiet:
    pass


q = Quiet()  # ?rc q
log.info("q %s", q)  # ?rc q
a = Loud()  # ?rc a
log.debug("x %s", a)  # ?rc a
log.info("x %r", a)  # ?rc a
seen.clear()  # ?rc a
b = Quiet()
log.info("plain %s", b)  # ?rc b
