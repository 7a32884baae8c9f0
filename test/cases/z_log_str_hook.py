# logging: formatting a record runs the arguments' own __str__ / __repr__ (when the level is
# enabled and a handler formats it); a hook that stores its object keeps it after the call,
# while the other arguments are back to their counts.
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


class Named:
    def __repr__(self):
        return "Named()"


q = Quiet()  # ?rc q
log.info("q %s", q)  # ?rc q
b = Quiet()
n = Named()
other = [b, 2.5 * 3]
log.info("%r beside %s", n, other)  # ?rc n other b
a = Loud()  # ?rc a
log.warning("%s and %s", a, other)  # ?rc other b
log.debug("x %s", a)  # ?rc a
log.info("x %r", a)  # ?rc a
seen.clear()  # ?rc a
log.info("plain %s", b)  # ?rc b
