# set.update with a set or a dict: set_merge / set_update_internal add the other's keys as they
# are stored (borrowed, hash kept), set_add_entry holding each once more while it is compared with
# the receiver's members of equal hash; a list's items are held by the loop too. __eq__ traces
# only while `tracing` is on, around the updates (the model's own settling of new words runs
# with it off, so the counts seen are CPython's comparisons only).
tracing = False


class Word:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return len(self.text)

    def __eq__(self, other):
        if tracing:
            a = self  # ?rc self
            b = other  # ?rc other
        return self.text.lower() == other.text.lower()


seen = {Word("cat"), Word("dog")}
cap_cat = Word("CAT")
new_words = {cap_cat, Word("owl")}
counts = {Word("Dog"): 2, Word("emu"): 1}
tracing = True
seen.update(new_words)  # ?rc cap_cat
seen.update(counts)  # ?rc counts
tracing = False
print(len(seen))  # ?rc seen
