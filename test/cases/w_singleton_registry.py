# Theme: a settings singleton built in __new__, a class-level instance cache
# with classmethod alternative constructors, and staticmethod validators.
import gc
import sys


class Settings:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.values = {}
        return cls._instance

    def set(self, key, value):
        self.values[key] = value


s1 = Settings()  # ?rc s1
s2 = Settings()  # ?rc s1 s2
s1.set("timeout", 2.5)
tv = s2.values["timeout"]  # ?rc tv


class Color:
    _cache = {}

    def __init__(self, r, g, b):
        self.rgb = (r, g, b)

    @classmethod
    def from_hex(cls, text):
        if text in cls._cache:
            return cls._cache[text]
        cls.validate(text)
        obj = cls(int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))  # ?rc obj
        cls._cache[text] = obj  # ?rc obj
        return obj

    @staticmethod
    def validate(text):
        if len(text) != 7:
            raise ValueError(text)
        return True


red = Color.from_hex("#ff0000")  # ?rc red
red2 = Color.from_hex("#ff0000")  # ?rc red
rgb = red.rgb  # ?rc rgb
try:
    Color.from_hex("#fff")
except ValueError as err:
    bad = err  # ?rc bad
print(sys.getrefcount(red), sys.getrefcount(Color))
del red, red2  # ?rc rgb
Color._cache.clear()  # ?rc rgb
del bad
gc.collect()
s1.me = s1
del s1, s2
print(gc.collect())  # Settings._instance keeps it alive
Settings._instance = None
print(gc.collect())  # the singleton and its values dict? only the instance cycle
