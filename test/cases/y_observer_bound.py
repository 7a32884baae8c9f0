# Theme: an observer pattern with bound methods stored in a list by a
# subject, a dashboard holding the subject (cycles), and an unsubscribe
# that compares bound methods by equality.
import gc
import sys


class Thermometer:
    def __init__(self):
        self.observers = []
        self.readings = []

    def attach(self, callback):
        self.observers.append(callback)

    def detach(self, callback):
        self.observers.remove(callback)

    def record(self, value):
        self.readings.append(value)
        for cb in list(self.observers):
            cb(value)


class Dashboard:
    def __init__(self, sensor):
        self.sensor = sensor
        self.latest = None
        sensor.attach(self.update)  # ?rc self

    def update(self, value):
        self.latest = value  # ?rc value


class Alarm:
    def __init__(self, limit):
        self.limit = limit
        self.triggered = []

    def check(self, value):
        if value > self.limit:
            self.triggered.append(value)


gc.collect()
therm = Thermometer()  # ?rc therm
dash = Dashboard(therm)  # ?rc dash therm
alarm = Alarm(30.5)  # ?rc alarm
therm.attach(alarm.check)  # ?rc alarm
hot = 35.25 * 1.0  # ?rc hot
therm.record(hot)  # ?rc hot
cold = 10.75 * 1.0
therm.record(cold)  # ?rc hot cold
therm.detach(alarm.check)  # ?rc alarm
latest = dash.latest  # ?rc latest cold
print(sys.getrefcount(dash), len(alarm.triggered))
del dash  # the bound method in the list keeps it alive
print(gc.collect())
therm.observers.clear()
print(gc.collect())  # dashboard <-> thermometer? no: thermometer is named
del therm
print(gc.collect())  # thermometer, dashboard, their lists
