# Theme: the prototype pattern. New shapes are built in a loop while some are
# cloned with copy.copy. The first copy of an instance caches the class's slot
# names in the class itself (cls.__slotnames__), which gives the class a new
# version: on 3.13 the constructor's call site, specialised before, misses
# from then on and keeps the argument tuple while __init__ runs.
import copy


class Shape:
    def __init__(self, style):
        self.style = style  # ?rc style
        self.points = []


class Label:
    def __init__(self, text):
        self.text = text  # ?rc text


style = {"color": "red", "width": 1.5}  # ?rc style
text = ["caption", 0.5]  # ?rc text
shapes = []
for i in range(5):
    shapes.append(Shape(style))
    if i == 2:
        clone = copy.copy(shapes[0])  # ?rc clone style
labels = [Label(text) for _ in range(3)]  # ?rc text
twin = copy.copy(labels[0])  # ?rc twin text
labels.append(Label(text))  # ?rc text
del shapes, clone  # ?rc style
