# Theme: class attributes used as defaults, instance attributes shadowing
# them, class-level mutable state and attribute access helpers.


class Config:
    defaults = {"debug": False, "level": "info level"}
    instances = []
    scale = 1.5 * 2

    def __init__(self, **overrides):
        self.values = dict(self.defaults)
        self.values.update(overrides)  # ?rc overrides
        Config.instances.append(self)

    def get(self, key, default=None):
        return self.values.get(key, default)


class DevConfig(Config):
    scale = 4.5 * 2


base_scale = Config.scale  # ?rc base_scale
dev_scale = DevConfig.scale  # ?rc dev_scale
level = Config.defaults["level"]  # ?rc level
c1 = Config()  # ?rc c1
path = ["/var/log/app.log"]  # ?rc path
c2 = DevConfig(logfile=path)  # ?rc c2 path
got = c2.get("logfile")  # ?rc got path
c1.scale = dev_scale  # ?rc dev_scale
s = c1.scale  # ?rc s dev_scale
del c1.scale  # ?rc s dev_scale
s2 = c1.scale  # ?rc s2 base_scale
members = Config.instances  # ?rc members c1 c2
Config.instances = []  # ?rc members c1 c2
del members  # ?rc c1 c2
del got  # ?rc path
