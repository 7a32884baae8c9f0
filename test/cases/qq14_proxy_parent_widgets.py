# Theme: GUI-style widgets referring to their container through
# weakref.proxy; once the window is gone the proxy raises ReferenceError,
# which the widget code catches.
import weakref


class Window:
    def __init__(self, title):
        self.title = title
        self.widgets = []

    def add(self, widget):
        widget.window = weakref.proxy(self)
        self.widgets.append(widget)
        return widget


class Button:
    def __init__(self, text):
        self.text = text
        self.window = None

    def owner_title(self):
        try:
            return self.window.title
        except ReferenceError:
            return None


win = Window("main window!")  # ?rc win
ok = win.add(Button("ok button!"))  # ?rc ok win
cancel = win.add(Button("cancel button!"))  # ?rc cancel win
px = ok.window  # ?rc px win
px2 = cancel.window  # ?rc px px2
title = ok.owner_title()  # ?rc title
refs = weakref.getweakrefcount(win)
widgets = win.widgets  # ?rc widgets ok
del win  # ?rc px widgets ok title
print(refs, ok.owner_title(), cancel.owner_title())
widgets.remove(ok)  # ?rc ok
box = [px, px2]  # ?rc px box
del box  # ?rc px
