# Theme: class-level registry filled by __init_subclass__. Handlers declare
# the file suffixes they accept as a class keyword; the base maps each suffix
# to the class and keeps an ordered list of all subclasses.
import gc


class Handler:
    by_suffix = {}
    ordered = []

    def __init_subclass__(cls, suffixes=(), **kw):
        super().__init_subclass__(**kw)
        for s in suffixes:
            Handler.by_suffix[s] = cls
        Handler.ordered.append(cls)

    @classmethod
    def for_name(cls, filename):
        return cls.by_suffix[filename.rsplit(".", 1)[1]]()


class TextHandler(Handler, suffixes=("txt", "md", "rst")):
    pass


class ImageHandler(Handler, suffixes=("png",)):
    pass


class RawImage(ImageHandler):
    pass


table = Handler.by_suffix  # ?rc table TextHandler ImageHandler RawImage
order = Handler.ordered  # ?rc order
h = Handler.for_name("notes.md")  # ?rc h TextHandler
h2 = Handler.for_name("photo.png")  # ?rc h2 ImageHandler
kinds = [type(x) for x in (h, h2)]  # ?rc kinds TextHandler
del kinds  # ?rc TextHandler
for suffix in ("txt", "md", "rst"):
    del table[suffix]
order.remove(TextHandler)  # ?rc TextHandler
del h  # ?rc TextHandler
del TextHandler
print(gc.collect())  # the TextHandler class is cyclic garbage
order.pop()  # ?rc RawImage
del RawImage
print(gc.collect())
