# A proxy's __getattr__ / __getattribute__ while an attribute is looked up: slot_tp_getattr_hook
# calls them through call_attribute, which on 3.11 binds the function to the object first (a bound
# method holding it); 3.12+ call it unbound. A lone __getattribute__ is called unbound everywhere.
class Settings:
    def __init__(self, **values):
        self.values = values

    def __getattr__(self, name):
        me = self  # ?rc self
        return self.values.get(name, "")


class Audited:
    def __init__(self):
        self.reads = 0

    def __getattribute__(self, name):
        me = self  # ?rc self
        return object.__getattribute__(self, name)


class Layered(Settings):
    def __getattribute__(self, name):
        me = self  # ?rc self
        if name.startswith("opt_"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)


def main():
    s = Settings(host="db", port=5432)
    host = s.host  # ?rc s
    port = getattr(s, "port", 0)  # ?rc s
    a = Audited()
    n = a.reads  # ?rc a
    lay = Layered(opt_mode="fast")
    mode = lay.opt_mode  # ?rc lay
    return host, port, n, mode


main()
