"""Long texts written by organizations, shown as a little Markdown and nothing else.

markdown-it-py reads the text with raw HTML turned off (so `<script>` stays text), a single
newline becomes a line break (existing texts are plain text with line breaks), and headings
move down to h3 and h4 so a page keeps its one h1 and its own h2 sections. nh3 then keeps
only an allow-list of tags and attributes, links to http, https, mailto and tel, and marks
every link rel="nofollow ugc".
"""

import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt

TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "h3",
    "h4",
    "code",
    "pre",
}
ATTRIBUTES = {
    "a": {"href"},
    "ol": {"start"},  # "2024. A year to remember" starts a list at 2024, not at 1
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}
# Markdown's h1 and h2 sit under the page's h1 and its h2 sections; the rest one level below.
HEADINGS = {"h1": "h3", "h2": "h3", "h3": "h4", "h4": "h4", "h5": "h4", "h6": "h4"}

_parser = MarkdownIt(
    "commonmark",
    {"html": False, "breaks": True, "linkify": False, "typographer": False},
)
# An image would be a request to any server as the page loads: `![text](url)` stays a link.
_parser.disable("image")
_cleaner = nh3.Cleaner(
    tags=TAGS,
    attributes=ATTRIBUTES,
    url_schemes=URL_SCHEMES,
    link_rel="nofollow ugc",
    strip_comments=True,
)


def render_markdown(text) -> SafeString:
    """`text` as safe HTML: paragraphs, line breaks, emphasis, lists, quotes, links, code."""
    if not text:
        return mark_safe("")
    tokens = _parser.parse(str(text))
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = HEADINGS[token.tag]
    html = _parser.renderer.render(tokens, _parser.options, {})
    # nh3 is the last word: whatever the Markdown reader lets through, only the allow-list stays.
    return mark_safe(_cleaner.clean(html))
