# Theme: `del` on attributes, dict items, list items and names. Each removes
# exactly one reference; the object survives while another path reaches it.


class Profile:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags
        self.avatar = None


tags = ["admin user", "beta tester"]  # ?rc tags
prof = Profile("Ann Lee", tags)  # ?rc prof
avatar = bytearray(b"\x89PNG....")  # ?rc avatar
prof.avatar = avatar  # ?rc avatar
registry = {"ann": prof, "tags": tags}  # ?rc prof tags

del prof.avatar  # ?rc avatar prof
print("has avatar:", hasattr(prof, "avatar"))
prof.avatar = avatar
del registry["tags"]  # ?rc tags registry


def strip_profile(p):
    t = p.tags  # ?rc t p
    del p.tags  # ?rc t
    p.tags = list(t)  # ?rc t
    del t
    return p


strip_profile(prof)  # ?rc tags prof
new_tags = prof.tags  # ?rc new_tags
items = [prof, avatar, new_tags, prof]  # ?rc prof
del items[0]  # ?rc prof
del items[-1]  # ?rc prof
del items[::2]  # ?rc avatar
del registry["ann"]  # ?rc prof
del prof  # ?rc avatar
del avatar, tags  # ?rc new_tags
print("remaining items:", len(items))
