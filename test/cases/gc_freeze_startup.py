# Theme: gc.freeze() as a server would use it after start-up: everything
# tracked so far moves to the permanent generation and is ignored by
# collections, even garbage cycles, until gc.unfreeze().
import gc


class Config:
    def __init__(self, name):
        self.name = name
        self.me = self


gc.collect()
boot = Config("boot")
boot_list = [boot]
boot_list.append(boot_list)  # ?rc boot boot_list
del boot, boot_list
gc.freeze()
frozen = gc.get_freeze_count()
print("frozen objects:", frozen > 0)
print("collect while frozen:", gc.collect())  # the boot cycle is not looked at

req = Config("request")  # ?rc req
del req
print("new garbage is still collected:", gc.collect())

gc.unfreeze()
print("freeze count after unfreeze:", gc.get_freeze_count())
print("boot cycle collected now:", gc.collect())
