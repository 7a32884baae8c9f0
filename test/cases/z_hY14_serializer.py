# Theme: a JSON serializer for an object graph: to_dict walks vars(), a
# registry of classes by name rebuilds objects from json.loads output, and
# a custom default= hook handles sets; the rebuilt graph is compared.
import gc
import json


REGISTRY = {}


def serializable(cls):
    REGISTRY[cls.__name__] = cls
    return cls


@serializable
class Author:
    def __init__(self, name, tags=None):
        self.name = name
        self.tags = tags or []


@serializable
class Post:
    def __init__(self, title, author, words):
        self.title = title
        self.author = author
        self.words = words


def to_dict(obj):
    if isinstance(obj, (Author, Post)):
        data = {"__type__": type(obj).__name__}
        for key, value in vars(obj).items():
            data[key] = to_dict(value)
        return data
    if isinstance(obj, list):
        return [to_dict(v) for v in obj]
    return obj


def from_dict(data):
    if isinstance(data, dict) and "__type__" in data:
        cls = REGISTRY[data.pop("__type__")]
        obj = cls.__new__(cls)
        for key, value in data.items():
            setattr(obj, key, from_dict(value))
        return obj
    if isinstance(data, list):
        return [from_dict(v) for v in data]
    return data


ada = Author("Ada Lovelace", ["math", "engines"])  # ?rc ada
post = Post("Notes on the engine", ada, 7000)  # ?rc post ada
tree = to_dict(post)  # ?rc tree
text = json.dumps(tree, sort_keys=True)  # ?rc text
loaded = json.loads(text)  # ?rc loaded
copy = from_dict(loaded)  # ?rc copy loaded
same_name = copy.author.name == ada.name  # ?rc same_name
words = copy.words  # ?rc words
tags = copy.author.tags  # ?rc tags
blob = json.dumps({"ids": {3, 1, 2}}, default=sorted)  # ?rc blob
del post  # ?rc ada
del copy  # ?rc tags words
print(gc.collect())
