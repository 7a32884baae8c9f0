# Theme: closures made in a loop. Lambdas that read the loop variable share
# one cell (late binding) and keep only the last item alive; default
# arguments capture each item separately; rebinding the variable after the
# loop changes what the shared cell holds.
import sys


class Sensor:
    def __init__(self, name, scale):
        self.name, self.scale = name, scale

    def read(self, raw):
        return raw * self.scale


def build_readers(sensors):
    late, early = {}, {}
    for s in sensors:
        late[s.name] = lambda raw: s.read(raw)
        early[s.name] = lambda raw, s=s: s.read(raw)  # ?rc s
    cell = late[sensors[0].name].__closure__[0]  # ?rc cell
    return late, early, cell


temp = Sensor("temp", 0.5)  # ?rc temp
hum = Sensor("humidity", 1.25)  # ?rc hum
sensors = [temp, hum]
late, early, cell = build_readers(sensors)  # ?rc temp hum cell
print(late["temp"](10), early["temp"](10))  # late reads humidity!
last = cell.cell_contents  # ?rc last hum
sensors.remove(hum)
del last  # ?rc hum
f = early["humidity"]  # ?rc f
defaults = f.__defaults__  # ?rc defaults hum
print(sys.getrefcount(defaults))
del f, defaults
early.clear()  # ?rc temp hum
cell.cell_contents = temp  # ?rc temp hum
print(late["humidity"](4))
del late  # ?rc cell temp
del cell  # ?rc temp
