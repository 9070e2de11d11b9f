"""Reading pages as a visitor meets them: links, result cards, facets, notices.

A small tree built with the standard library's HTMLParser, enough to find elements by tag,
class and attribute and to read their text.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urljoin

VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag = tag
        self.attrs = dict(attrs)
        self.parent = parent
        self.children = []

    def get(self, name, default=None):
        value = self.attrs.get(name, default)
        return default if value is None else value

    @property
    def classes(self):
        return self.get("class", "").split()

    @property
    def text(self):
        parts = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text)
        return " ".join("".join(parts).split())

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, cls=None, **attrs):
        return [
            element
            for element in self.iter()
            if (tag is None or element.tag == tag)
            and (cls is None or cls in element.classes)
            and all(
                element.get(name.rstrip("_").replace("_", "-")) == v for name, v in attrs.items()
            )
        ]

    def find(self, tag=None, cls=None, **attrs):
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"


class _TreeBuilder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, attrs, self.current)
        self.current.children.append(element)
        if tag not in VOID_ELEMENTS:
            self.current = element

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Element(tag, attrs, self.current))

    def handle_endtag(self, tag):
        element = self.current
        while element is not None and element.tag != tag:
            element = element.parent
        if element is not None and element.parent is not None:
            self.current = element.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(html):
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


class Page:
    """A rendered page, read through its HTML."""

    def __init__(self, response):
        self.response = response
        self.url = response.wsgi_request.get_full_path()
        self.html = response.content.decode()
        self.root = parse(self.html)

    @property
    def text(self):
        """The page's text as a reader sees it, entities decoded and whitespace collapsed."""
        return self.root.text

    def absolute(self, href):
        """The path a link leads to; "?" alone (every filter removed) is the bare path."""
        if href.startswith("?"):
            return self.url.split("?")[0] + (href if href != "?" else "")
        return urljoin(self.url, href)

    def hrefs(self):
        return [self.absolute(a.get("href")) for a in self.root.find_all("a") if a.get("href")]

    def links(self):
        """(absolute href, text) for every link on the page."""
        return [
            (self.absolute(a.get("href")), a.text)
            for a in self.root.find_all("a")
            if a.get("href")
        ]

    def results(self):
        """Slugs of the detail pages the result cards link to, in page order."""
        results = self.root.find("div", cls="results") or self.root
        slugs = []
        for card in results.find_all("li", cls="card"):
            heading_link = card.find("a")
            match = re.fullmatch(r"/\w\w/[\w-]+/([\w-]+)/", heading_link.get("href"))
            slugs.append(match.group(1))
        return slugs

    @property
    def result_count(self):
        """The number the listing announces, e.g. "23 organizations"."""
        return int(re.search(r"\d+", self.root.find("p", cls="result-count").text).group())

    def facet(self, name):
        """The options of one facet: {label: (absolute href, count)}, without the selected one."""
        section = self.root.find("section", cls="facet", aria_labelledby=f"facet-{name}")
        if section is None:
            return {}
        options = {}
        for li in section.find_all("li"):
            link = li.find("a")
            count = li.find("span", cls="count")
            if link is None or count is None:
                continue
            label = link.find("bdi").text
            options[label] = (self.absolute(link.get("href")), int(count.text))
        return options

    def facet_names(self):
        return [
            section.get("aria-labelledby").removeprefix("facet-")
            for section in self.root.find_all("section", cls="facet")
        ]

    def selected_option(self, name):
        """(label, absolute href of its remove link) of a facet's selected option, or None."""
        section = self.root.find("section", cls="facet", aria_labelledby=f"facet-{name}")
        if section is None:
            return None
        current = section.find("strong", aria_current="true")
        if current is None:
            return None
        remove = current.parent.find("a", cls="remove")
        return current.text, self.absolute(remove.get("href")) if remove else None

    def notice(self):
        """The note listing the filters of the address that were not understood."""
        notice = self.root.find("div", cls="notice", role="status")
        return notice.text if notice else ""

    def next_page_href(self):
        link = self.root.find("a", rel="next")
        return self.absolute(link.get("href")) if link else None

    def position(self, text):
        """Where `text` first appears in the HTML, failing loudly when it is missing."""
        index = self.html.find(text)
        if index < 0:
            raise AssertionError(f"{text!r} is not on the page {self.url}")
        return index
