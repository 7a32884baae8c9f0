# Theme: subclasses of float / int / str with their own __new__ calling
# super().__new__(cls, value): the builtin type's __new__ copies the value
# into a new instance; the argument gains nothing and the instance holds
# its class.
class Meters(float):
    def __new__(cls, value):
        return super().__new__(cls, value)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


class Count(int):
    def __new__(cls, n=0):
        return super().__new__(cls, n)


m = Meters(2.25)  # ?rc m Meters
n = Meters(m)  # ?rc m n
word = "quiet-" + str(len("abc"))
u = Upper(word)  # ?rc word u Upper
c = Count(10 ** 20)  # ?rc c Count
items = [m, n, u, c]  # ?rc m u c
del items  # ?rc m u c
