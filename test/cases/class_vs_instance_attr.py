# Theme: class attributes vs instance attributes: shadowing, deleting the
# instance attribute to reveal the class one, mutating the shared class list.


class Settings:
    defaults = {"mode": "fast"}  # ?rc defaults
    tags = []

    def tag(self, t):
        self.tags.append(t)  # ?rc t


marker = [0.5]  # ?rc marker
s1 = Settings()  # ?rc Settings
s2 = Settings()
s1.tag(marker)  # ?rc marker
s2.tag(marker)  # ?rc marker
shared = Settings.tags  # ?rc shared marker
s1.tags = [marker]  # ?rc shared marker
own = s1.tags  # ?rc own
del s1.tags  # ?rc own marker
back = s1.tags  # ?rc back shared
Settings.tags = None  # ?rc shared back
d = s2.defaults  # ?rc d
Settings.extra = marker  # ?rc marker
del Settings.extra  # ?rc marker
del s1, s2  # ?rc Settings
