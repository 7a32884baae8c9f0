# Theme: objects referenced from class bodies, instances and methods.
class Config:
    pass

shared = Config()  # ?rc shared

class Service:
    config = shared  # ?rc shared
    defaults = [shared, shared]  # ?rc shared

    def __init__(self):
        self.cfg = Service.config

s1 = Service()  # ?rc shared
s2 = Service()  # ?rc shared
Service.defaults.pop()  # ?rc shared
del s1  # ?rc shared
Service.config = None  # ?rc shared
del s2  # ?rc shared
