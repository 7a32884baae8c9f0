# Theme: mixins and cooperative super() chains. Each __init__ takes its own
# keyword and passes the rest on; mixins add list/dict state and wrap a
# method through super(); the MRO decides who runs when.


class Base:
    def __init__(self, **kwargs):
        self.extra = kwargs

    def save(self, store):
        store.append(self)
        return self


class TimestampMixin:
    def __init__(self, *, stamp=0.0, **kwargs):
        self.stamp = stamp
        super().__init__(**kwargs)


class AuditMixin:
    def __init__(self, *, log=None, **kwargs):
        self.log = log if log is not None else []
        super().__init__(**kwargs)

    def save(self, store):
        self.log.append(("save", store))
        return super().save(store)


class Record(TimestampMixin, AuditMixin, Base):
    pass


shared_log = []  # ?rc shared_log
stamp = 12.5 * 2  # ?rc stamp
r = Record(stamp=stamp, log=shared_log, owner="someone else")  # ?rc r stamp shared_log
extra = r.extra  # ?rc extra
store = []  # ?rc store
same = r.save(store)  # ?rc r same store
r.save(store)  # ?rc r store
entry = shared_log[0]  # ?rc entry store
r2 = Record()  # ?rc r2
log2 = r2.log  # ?rc log2
mro = Record.__mro__  # ?rc mro
del same, entry  # ?rc r store
del store  # ?rc r
del r  # ?rc shared_log stamp
