# Theme: builder with method chaining. Each setter mutates the builder and
# returns self; build() copies the collected parts into a new immutable-ish
# object. Chains in a single expression leave no extra references behind.
import gc


class Query:
    def __init__(self, table, columns, filters, limit):
        self.table = table
        self.columns = tuple(columns)
        self.filters = list(filters)
        self.limit = limit


class QueryBuilder:
    def __init__(self, table):
        self.table = table
        self.columns = []
        self.filters = []
        self.limit_value = None

    def select(self, *cols):
        self.columns.extend(cols)
        return self

    def where(self, cond):
        self.filters.append(cond)
        return self

    def limit(self, n):
        self.limit_value = n
        return self

    def build(self):
        return Query(self.table, self.columns, self.filters, self.limit_value)


table = "user accounts"  # ?rc table
cond = ("age >", 18.5)  # ?rc cond
b = QueryBuilder(table)  # ?rc b table
same = b.select("id", "name").where(cond).limit(10 ** 4)  # ?rc b same cond
q = same.build()  # ?rc q cond table
lim = q.limit  # ?rc lim
cols = q.columns  # ?rc cols
q2 = QueryBuilder(table).select("email").where(cond).build()  # ?rc q2 cond table
filters = q2.filters  # ?rc filters
del b, same  # ?rc cond lim
del q  # ?rc cols lim cond
del q2  # ?rc filters table
print(gc.collect())
