# logging: a log call builds a LogRecord (msg, args, exc_info, extra), hands it to the
# standard handlers and drops it, so every argument's count is back after the call.
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger(__name__)


class Box:
    def __init__(self, v):
        self.v = v


obj = Box(1)  # ?rc obj
items = [1.5 * 3, "not an identifier!", obj]  # ?rc items obj
log.info("x %s", obj)  # ?rc obj
log.debug("y %s %s", obj, items)  # ?rc obj items
log.warning("z %r", items)  # ?rc items obj
logging.warning("%s", obj)  # ?rc obj
logging.info("w %s", items)  # ?rc items
log.log(logging.ERROR, "lvl %s", obj)  # ?rc obj
log.error("e %s", obj, extra={"payload": items})  # ?rc obj items
log.info("%(a)s", {"a": obj})  # ?rc obj
log.info(obj)  # ?rc obj
try:
    raise ValueError(obj)
except ValueError as e:
    log.exception("failed %s", obj)  # ?rc obj e
    err = e
log.error("again", exc_info=err)  # ?rc err obj
del err  # ?rc obj


def work(arg):
    try:
        raise KeyError(arg)
    except KeyError:
        log.exception("in work %s", arg)  # ?rc arg
    log.critical("after %s", arg, stack_info=True)  # ?rc arg
    return arg


res = work(items)  # ?rc res
child = logging.getLogger("app.sub")
child.info("n %s", items)  # ?rc items
