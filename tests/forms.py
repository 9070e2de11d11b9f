"""Filling in a page's form as a browser would: what it shows is what gets posted back.

`read_form(html)` returns the values of the page's edit form (class "edit-form"), as a
browser would submit them untouched; tests change some and post the rest as they are.
"""

from html.parser import HTMLParser

TEXT_INPUTS = {"text", "hidden", "email", "url", "number", "date", "time", "tel", "search", ""}


class FormReader(HTMLParser):
    def __init__(self, form_class, form_id=None):
        super().__init__(convert_charrefs=True)
        self.form_class = form_class
        self.form_id = form_id
        self.inside = False
        self.values = {}
        self.textarea = None
        self.select = None
        self.select_multiple = False
        self.select_options = []
        self.option = None

    def add(self, name, value):
        self.values.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (
            attrs.get("id") == self.form_id
            if self.form_id
            else self.form_class in (attrs.get("class") or "").split()
        ):
            self.inside = True
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "").lower()
            if kind in TEXT_INPUTS:
                self.add(name, attrs.get("value") or "")
            elif kind in ("checkbox", "radio") and "checked" in attrs:
                self.add(name, attrs.get("value", "on"))
        elif tag == "textarea" and name:
            self.textarea = [name, ""]
        elif tag == "select" and name:
            self.select = name
            self.select_multiple = "multiple" in attrs
            self.select_options = []
        elif tag == "option" and self.select:
            self.select_options.append((attrs.get("value", ""), "selected" in attrs))

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "textarea" and self.textarea is not None:
            name, text = self.textarea
            # Browsers drop the newline that follows <textarea>.
            self.add(name, text[1:] if text.startswith("\n") else text)
            self.textarea = None
        elif tag == "select" and self.select:
            chosen = [value for value, selected in self.select_options if selected]
            if not chosen and not self.select_multiple and self.select_options:
                chosen = [self.select_options[0][0]]
            for value in chosen:
                self.add(self.select, value)
            self.select = None
        elif tag == "form":
            self.inside = False


def read_form(html, form_class="edit-form", form_id=None):
    """The values of the form with that class, or with that id when one is given."""
    reader = FormReader(form_class, form_id)
    reader.feed(html if isinstance(html, str) else html.decode())
    return reader.values


def fill(values, **changes):
    """The form's values with some fields changed; a list sets a multiple-choice field."""
    filled = {name: list(field_values) for name, field_values in values.items()}
    for name, value in changes.items():
        filled[name] = value if isinstance(value, list) else [value]
    return filled
