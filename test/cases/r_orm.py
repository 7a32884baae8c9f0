# A tiny ORM: Field descriptors declared as class attributes, models that
# register themselves in __init_subclass__, rows kept in per-model tables.
import gc


class Field:
    def __init__(self, default):
        self.default = default
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.values.get(self.name, self.default)

    def __set__(self, obj, value):
        obj.values[self.name] = value  # ?rc value


class Model:
    tables = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Model.tables[cls.__name__] = []  # ?rc cls

    def __init__(self, **values):
        self.values = {}
        for key, val in values.items():
            setattr(self, key, val)  # ?rc val

    def save(self):
        Model.tables[type(self).__name__].append(self)  # ?rc self
        return self


class User(Model):
    name = Field("anonymous user")
    score = Field(0.0)


class Post(Model):
    title = Field("untitled post")
    author = Field(None)


name_field = User.__dict__["name"]  # ?rc name_field
alice_name = "Alice Smith"  # ?rc alice_name
alice = User(name=alice_name, score=9.5).save()  # ?rc alice alice_name User
bob = User(score=1.25 * 2).save()  # ?rc bob
p1 = Post(title="Hello, world!", author=alice).save()  # ?rc p1 alice
p2 = Post(title="Second post?", author=alice).save()  # ?rc alice Post
got = p1.author  # ?rc got alice
default_name = bob.name  # ?rc default_name
users = Model.tables["User"]  # ?rc users alice
posts = Model.tables["Post"]  # ?rc posts p1
del p1, p2, got  # ?rc alice
posts.clear()  # ?rc alice
users.remove(bob)  # ?rc bob
del bob
print(gc.collect())
