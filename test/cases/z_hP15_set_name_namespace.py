# A field descriptor's count while __set_name__ and __init_subclass__ run: type.__new__ still has
# the class body's namespace, walks a copy of the class dict and calls a bound __set_name__.
class Column:
    def __init__(self, kind):
        self.kind = kind
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        me = self  # ?rc self
        self.name = name
        self.owner = owner.__name__


class Table:
    columns = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cols = [v for v in vars(cls).values() if isinstance(v, Column)]
        first = cols[0]  # ?rc first
        Table.columns[cls.__name__] = [c.name for c in cols]


class User(Table):
    ident = Column(int)
    email = Column(str)


class Order(Table):
    number = Column(int)


u = User.ident  # ?rc u
