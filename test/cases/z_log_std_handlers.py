# logging's standard handlers keep their stream, formatters keep their format twice, a logger's
# handlers list holds each handler once; with only such handlers a log call keeps nothing
import gc, io, logging

buf = io.StringIO()
h = logging.StreamHandler(buf)  # ?rc h buf
fmt = "".join(["%(levelname)s", ":%(message)s"])
dfmt = "".join(["%H", ":%M"])
f = logging.Formatter(fmt, dfmt)  # ?rc f fmt dfmt
h.setFormatter(f)  # ?rc f
log = logging.getLogger("app.std")
log.addHandler(h)  # ?rc h
log.addHandler(h)  # ?rc h
null = logging.NullHandler()  # ?rc null
log.addHandler(null)  # ?rc null
payload = [1.5, 2.5]
log.warning("payload %s", payload)  # ?rc payload
log.info("quiet %r", payload)  # ?rc payload
err = logging.StreamHandler()  # ?rc err
log.addHandler(err)
log.error("again %s", payload)  # ?rc payload err
text = buf.getvalue()
log.removeHandler(h)  # ?rc h
log.removeHandler(h)  # ?rc h
h.setFormatter(None)  # ?rc f
del h
n = len(fmt)  # ?rc buf f fmt
print(gc.collect())
del f
m = len(dfmt)  # ?rc fmt dfmt
log.removeHandler(err)  # ?rc err
log.removeHandler(null)
del err, null
print(gc.collect())
