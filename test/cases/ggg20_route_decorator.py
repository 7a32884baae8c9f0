# Theme: a decorator with arguments that registers view functions in a routing
# table kept by an App object. The decorated functions stay referenced by the
# module and by the table; deleting the app frees the table's references,
# and a view that holds the app in a default argument makes a cycle.
import gc


class App:
    def __init__(self, name):
        self.name = name
        self.routes = {}

    def route(self, path, **options):
        def register(view):
            self.routes[path] = (view, options)
            return view

        return register

    def handle(self, path, *args):
        view, options = self.routes[path]
        resp = view(*args, **options)  # ?rc resp
        return resp


app = App("shop front")  # ?rc app
routes = app.routes  # ?rc routes
deco = app.route("/item", currency="EUR")  # ?rc app deco


@deco
def item(item_id, currency):
    return {"id": item_id, "currency": currency}


del deco  # ?rc app
entry = routes["/item"]  # ?rc entry item
r1 = app.handle("/item", 42)  # ?rc r1


@app.route("/stats")
def stats(app=app):
    data = [len(app.routes) * 1.0]  # ?rc data
    return data


r2 = app.handle("/stats")  # ?rc r2 app
for p in ("/item", "/stats", "/item"):
    resp = app.handle(p, *([7] if p == "/item" else []))  # ?rc resp
del resp, entry  # ?rc item
del app, routes  # ?rc item
print(gc.collect())  # nothing: stats's defaults keep the app
del stats
print(gc.collect())  # app, routes dict, tuples, the stats function...
