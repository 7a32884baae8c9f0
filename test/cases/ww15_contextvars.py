# Theme: contextvars.ContextVar set/reset around a request; Token objects keep
# the old value; copy_context().run() sees a snapshot mapping.
import contextvars
import gc

request_id = contextvars.ContextVar("request_id")  # ?rc request_id
user = contextvars.ContextVar("user", default=None)


def handle(req):
    token = request_id.set(req)  # ?rc req token
    try:
        current = request_id.get()  # ?rc current
        return [current, user.get()]
    finally:
        request_id.reset(token)  # ?rc req


req1 = {"path": "/index.html"}  # ?rc req1
out = handle(req1)  # ?rc req1 out
req2 = {"path": "/about.html"}
tok = request_id.set(req2)  # ?rc tok
old = tok.old_value
var = tok.var  # ?rc var
ctx = contextvars.copy_context()  # ?rc ctx req2
in_ctx = ctx.run(handle, req1)  # ?rc in_ctx req1
seen = ctx[request_id]  # ?rc seen req2
request_id.reset(tok)  # ?rc req2 tok
del ctx, seen  # ?rc req2
admin = ["admin user"]  # ?rc admin
t2 = user.set(admin)  # ?rc admin
snap = contextvars.copy_context()  # ?rc admin
user.reset(t2)  # ?rc admin
del snap, t2  # ?rc admin
print(gc.collect())
