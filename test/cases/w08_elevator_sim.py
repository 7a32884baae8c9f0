# Theme: an elevator simulation: each floor keeps a waiting list, the car
# keeps riders and a sorted set of stops, passengers record their trip in a
# dict, and a delivered-log collects passengers as they leave the car.
import gc
from dataclasses import dataclass, field


@dataclass(eq=False)
class Passenger:
    name: str
    start: int
    dest: int
    trip: dict = field(default_factory=dict)


class Elevator:
    def __init__(self, building, capacity):
        self.building, self.capacity = building, capacity
        self.floor, self.riders, self.stops = 0, [], set()

    def step(self, tick):
        here = self.floor
        leaving = [p for p in self.riders if p.dest == here]
        for p in leaving:
            self.riders.remove(p)
            p.trip["off"] = tick
            self.building.delivered.append(p)
        waiting = self.building.floors[here]
        while waiting and len(self.riders) < self.capacity:
            p = waiting.pop(0)
            p.trip["on"] = tick
            self.riders.append(p)
            self.stops.add(p.dest)
        self.stops.discard(here)
        if self.stops:
            target = min(self.stops, key=lambda f: abs(f - here))
            self.floor += 1 if target > here else -1
        return len(leaving)


class Building:
    def __init__(self, levels):
        self.floors = [[] for _ in range(levels)]
        self.delivered = []
        self.car = Elevator(self, capacity=2)

    def call(self, passenger):
        self.floors[passenger.start].append(passenger)
        self.car.stops.add(passenger.start)


tower = Building(5)  # ?rc tower
people = [Passenger("amy", 0, 3), Passenger("raj", 0, 4), Passenger("lu", 2, 0)]
for person in people:
    tower.call(person)  # ?rc person
del person
amy, raj, lu = people  # ?rc amy raj lu
car = tower.car  # ?rc car tower
arrivals = [car.step(t) for t in range(12)]  # ?rc arrivals
print(arrivals, [p.name for p in tower.delivered])
trip = amy.trip  # ?rc trip amy
riders = car.riders  # ?rc riders
del people  # ?rc amy raj lu
done = tower.delivered  # ?rc done
del tower, car  # ?rc done riders
print(gc.collect())  # building <-> elevator, floors lists
del done, riders  # ?rc amy lu
