# Reports pick nested fields with dotted attrgetter, keyword methodcaller and dict itemgetter.
import gc
import operator


class Address:
    def __init__(self, city):
        self.city = city


class Person:
    def __init__(self, name, city):
        self.name = name
        self.address = Address(city)
        self.tags = []

    def label(self, sep=": ", upper=False):
        text = self.name + sep + self.address.city
        return text.upper() if upper else text


people = [Person("Ann Smith", "Oslo town"), Person("Bo Lind", "Rome city")]  # ?rc people
city_of = operator.attrgetter("address.city")  # ?rc city_of
cities = [city_of(p) for p in people]  # ?rc cities
home = people[0].address  # ?rc home
both = operator.attrgetter("name", "address")(people[1])  # ?rc both
addr = both[1]  # ?rc addr
fmt = operator.methodcaller("label", sep=" @ ", upper=True)  # ?rc fmt
labels = [fmt(p) for p in people]  # ?rc labels
index = {p.name: p for p in people}  # ?rc index
getter = operator.itemgetter("Bo Lind", "Ann Smith")  # ?rc getter
pair = getter(index)  # ?rc pair index
people[0].tags.append(people[0])  # ?rc people
del people, index, both, addr  # ?rc pair home
del pair  # ?rc home
n = gc.collect()  # ?rc n home
