# Theme: a gradebook: each course keeps a dict of student -> score, and the
# report runs statistics over the dict's views (mean / median / stdev of
# scores.values(), a median of the keys' lengths), stores the results and
# ranks the students; the dicts' counts stay exact through those calls.
import gc
import statistics


class Course:
    def __init__(self, title):
        self.title = title
        self.scores = {}

    def grade(self, student, points, weight):
        self.scores[student] = points * weight
        return self.scores[student]


def summary(course):
    values = course.scores.values()
    report = {
        "mean": statistics.mean(values),
        "median": statistics.median(values),
        "spread": statistics.stdev(values),
    }
    return report


algebra = Course("Algebra I")  # ?rc algebra
scores = algebra.scores  # ?rc scores
top = algebra.grade("ada", 97, 1.5)  # ?rc top
algebra.grade("grace", 88, 1.5)
algebra.grade("alan", 74, 1.5)
algebra.grade("linus", 91, 1.5)
report = summary(algebra)  # ?rc report scores
mean = report["mean"]  # ?rc mean
middle = report["median"]  # ?rc middle
fmean = statistics.fmean(scores.values())  # ?rc fmean scores
name_len = statistics.median(len(name) for name in scores)  # ?rc name_len
ranked = sorted(scores, key=scores.get, reverse=True)  # ?rc ranked scores
best = max(scores.values())  # ?rc best top
del report  # ?rc mean middle
del algebra  # ?rc scores
print(gc.collect())
