# Theme: one call site constructing instances of several classes (a factory
# loop over kinds). On 3.13 the site specialises for the class it sees on its
# second run; other classes calling through it keep the argument tuple alive
# while their __init__ runs, and a class with __new__ or a call leaving a
# default out changes what the site becomes.


class Animal:
    def __init__(self, name):
        self.name = name


class Dog(Animal):
    def __init__(self, name):
        self.name = name  # ?rc name


class Cat(Animal):
    def __init__(self, name):
        self.name = name  # ?rc name


class Cow(Animal):
    def __init__(self, name):
        self.name = name  # ?rc name


class Bird(Animal):
    def __init__(self, name, wings=2):
        self.name = name  # ?rc name
        self.wings = wings


class Fish(Animal):
    def __new__(cls, name):
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name  # ?rc name


label = ["pet", 0.5]  # ?rc label
zoo = [kind(label) for kind in (Dog, Cat, Cow)]  # ?rc label
farm = []
for kind in (Bird, Fish):
    farm.append(kind(label))  # ?rc label
del zoo  # ?rc label
farm.clear()  # ?rc label
