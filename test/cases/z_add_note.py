# Theme: exc.add_note(s) stores a __notes__ list in the exception's own __dict__ (both gc-tracked); later notes
# go to the same list; the strings are the caller's.
import gc


class Job:
    pass


job = Job()  # ?rc job
err = ValueError(job)
job.err = err  # ?rc job err
note = "-".join(["retry", "later"])  # ?rc note
err.add_note(note)  # ?rc err note
err.add_note(note)  # ?rc note
notes = err.__notes__  # ?rc notes
del notes
del job, err  # ?rc note
print(gc.collect())  # ?call gc.collect()
after = note  # ?rc note
