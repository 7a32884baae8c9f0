# A release's __lt__ while bisect searches a sorted list: internal_bisect_left / _right compare the
# item the caller passed as it is (no reference of their own) with the list's item they fetched.
import bisect


class Release:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __lt__(self, other):
        me = self  # ?rc self
        them = other  # ?rc other
        return self.key < other.key


def main():
    shipped = [Release(1, 0), Release(1, 4), Release(2, 0)]
    probe = Release(1, 2)
    where = bisect.bisect_left(shipped, probe)  # ?rc probe
    after = bisect.bisect_right(shipped, probe)  # ?rc probe
    bisect.insort(shipped, probe)  # ?rc probe
    return where, after


main()
