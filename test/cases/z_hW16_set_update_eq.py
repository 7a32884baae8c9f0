# set.update with a set or a dict: set_merge / set_update_internal add the other's keys as they
# are stored (borrowed, hash kept), set_add_entry holding each once more while it is compared with
# the receiver's members of equal hash; an iterable's items are held by the loop too. Counts in
# __eq__ are open where the model settles a new object against the others first.
class Word:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return len(self.text)

    def __eq__(self, other):
        a = self  # ?rc self
        b = other  # ?rc other
        return self.text.lower() == other.text.lower()


seen = {Word("cat"), Word("dog")}
cap_cat = Word("CAT")
new_words = {cap_cat, Word("owl")}
seen.update(new_words)  # ?rc cap_cat
print(len(seen))  # ?rc cap_cat
counts = {Word("Dog"): 2, Word("emu"): 1}
seen.update(counts)  # ?rc counts
more = [Word("OWL")]
seen.update(more)  # ?rc more
print(len(seen))  # ?rc seen
