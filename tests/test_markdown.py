"""Long texts in a little Markdown: what readers see, and what an attacker cannot slip in."""

import re
import time
from urllib.parse import urlsplit

import pytest
from django.template import Context, Template
from django.utils.html import linebreaks

from directory.common.markdown import ATTRIBUTES, TAGS, URL_SCHEMES, render_markdown
from tests.factories import NewsItemFactory, OrganizationFactory, ProjectFactory, ServiceFactory
from tests.pages import parse

XSS = {
    "script tag": "<script>alert(1)</script>",
    "script inline": "Bonjour <script>alert(1)</script> Tanger",
    "onerror attribute": '<img src="x" onerror="alert(1)">',
    "onerror in link text": "[<img src=x onerror=alert(1)>](https://example.org)",
    "javascript link": "[click](javascript:alert(1))",
    "JAVASCRIPT link": "[click](JAVASCRIPT:alert(1))",
    "javascript with spaces": "[click](  javascript:alert(1))",
    "javascript entity-encoded": "[click](&#106;avascript:alert(1))",
    "javascript with a tab": "[click](java&#x09;script:alert(1))",
    "javascript in angle brackets": "[click](<javascript:alert(1)>)",
    "javascript autolink": "<javascript:alert(1)>",
    "javascript reference": "[click][x]\n\n[x]: javascript:alert(1)",
    "vbscript link": "[click](vbscript:msgbox(1))",
    "data link": "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "data image": "![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
    "image with javascript src": "![x](javascript:alert(1))",
    "image with remote src": "![tracker](https://evil.example/pixel.gif)",
    "raw html block": '<div onclick="alert(1)">\n\n**bold**\n\n</div>',
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "style": "<style>body { display: none }</style>",
    "link title attribute": '[x](https://example.org "title" onmouseover="alert(1)")',
    "html comment": "<!-- <script>alert(1)</script> -->",
    "svg": "<svg onload=alert(1)>",
    "nested emphasis": "***a** b* _c **d _e_**_" * 50,
    "unclosed emphasis": "**" * 500 + "a",
    "deep quotes": ">" * 200 + " deep",
    "deep lists": "".join("  " * depth + "- item\n" for depth in range(60)),
    "form": '<form action="https://evil.example"><input name="x"></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example">',
}


def elements(html):
    return list(parse(html).iter())


def assert_only_allowed_markup(html):
    for element in elements(html):
        assert element.tag in TAGS, element
        allowed = ATTRIBUTES.get(element.tag, set()) | ({"rel"} if element.tag == "a" else set())
        assert set(element.attrs) <= allowed, element
        if element.tag == "a":
            scheme = urlsplit(element.get("href", "")).scheme.lower()
            # No scheme at all is a link within this site, e.g. /fr/organizations/.
            assert scheme in URL_SCHEMES | {""}, element
            assert element.get("rel") == "nofollow ugc", element


@pytest.mark.parametrize("text", XSS.values(), ids=XSS.keys())
def test_markdown_lets_through_only_allowed_tags_attributes_and_link_schemes(text):
    html = render_markdown(text)

    assert_only_allowed_markup(html)
    lowered = html.lower()
    assert "<script" not in lowered and "<iframe" not in lowered and "<style" not in lowered
    assert "<img" not in lowered and "<svg" not in lowered


def test_raw_html_is_shown_as_text_not_run():
    html = render_markdown("Bonjour <script>alert(1)</script>")
    assert html == "<p>Bonjour &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"


@pytest.mark.parametrize(
    "text",
    [
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](data:text/html,<b>x</b>)",
        "![x](javascript:alert(1))",
    ],
)
def test_dangerous_links_are_not_links(text):
    assert parse(render_markdown(text)).find("a") is None


def test_links_are_kept_and_marked_nofollow_ugc():
    html = render_markdown(
        "[Site](https://example.org) [Mail](mailto:contact@example.org) [Tél.](tel:+212539000000)"
        " <https://dalil.example/fr/>"
    )
    links = parse(html).find_all("a")
    assert [link.get("href") for link in links] == [
        "https://example.org",
        "mailto:contact@example.org",
        "tel:+212539000000",
        "https://dalil.example/fr/",
    ]
    assert {link.get("rel") for link in links} == {"nofollow ugc"}


def test_an_image_is_shown_as_a_link_to_it_not_loaded():
    root = parse(render_markdown("![Affiche](https://example.org/affiche.jpg)"))
    assert root.find("img") is None
    assert root.find("a").get("href") == "https://example.org/affiche.jpg"


def test_headings_move_down_so_the_page_keeps_its_own_h1_and_h2():
    html = render_markdown("# Un\n\n## Deux\n\n### Trois\n\n###### Six\n\nTitre\n=====")
    assert [element.tag for element in elements(html)] == ["h3", "h3", "h4", "h4", "h3"]


def test_markdown_formatting_is_rendered():
    html = render_markdown(
        "**Gratuit** et *confidentiel*.\n\n- écoute\n- orientation\n\n"
        "2. deuxième\n3. troisième\n\n> Citation\n\n`code`\n\n```\nbloc\n```"
    )
    tags = [element.tag for element in elements(html)]
    for tag in ["strong", "em", "ul", "li", "ol", "blockquote", "code", "pre"]:
        assert tag in tags
    assert parse(html).find("ol").get("start") == "2"


def normalized(html):
    """Tags and text in order, whitespace collapsed as a browser shows it."""
    text = " ".join(repr_tree(node) for node in parse(html).children)
    return re.sub(r"\s*<br>\s*", "<br>", " ".join(text.split()))


def repr_tree(node):
    if isinstance(node, str):
        return node
    inner = "".join(repr_tree(child) for child in node.children)
    return f"<{node.tag}>{inner.strip()}</{node.tag}>" if node.tag != "br" else "<br>"


PLAIN_TEXTS = [
    "Une ligne.",
    "Première ligne.\nDeuxième ligne.\n\nNouveau paragraphe.",
    "Accueil du lundi au vendredi, 9h-12h.\r\nRendez-vous au 0539 00 00 00.\r\n\r\nGratuit.",
    "Trois paragraphes.\n\n\n\nAprès plusieurs lignes vides.\n\nFin.",
    "Ponctuation : « guillemets », l'apostrophe, 50 % & plus (voir site_web).",
    "جمعية تعمل في طنجة منذ 1998.\nتقدم الدعم القانوني للنساء.\n\nالخدمات مجانية.",
    "Contact: contact@example.org - https://example.org",
]


@pytest.mark.parametrize("text", PLAIN_TEXTS)
def test_plain_text_renders_as_linebreaks_did(text):
    assert normalized(render_markdown(text)) == normalized(linebreaks(text, autoescape=True))


def test_arabic_text_is_left_untouched():
    text = "ملاحظة: الخدمة مجانية للنساء والأطفال، ويُرجى إحضار بطاقة التعريف الوطنية."
    assert render_markdown(text) == f"<p>{text}</p>\n"


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
    assert render_markdown(None) == ""


def test_the_filter_renders_markdown_in_templates():
    html = Template("{% load dalil %}{{ text|markdown }}").render(
        Context({"text": "**Gras** <b>brut</b>"})
    )
    assert html == "<p><strong>Gras</strong> &lt;b&gt;brut&lt;/b&gt;</p>\n"


def test_rendering_is_fast():
    texts = [
        f"Association {n} : **accueil** des familles.\nPermanence le *mardi*.\n\n"
        f"- écoute\n- orientation\n\n[Site](https://example.org/{n}) " + "mot " * 120
        for n in range(1000)
    ]
    start = time.perf_counter()
    for text in texts:
        render_markdown(text)
    elapsed = time.perf_counter() - start
    assert elapsed < 5, f"{elapsed:.2f} s for 1,000 descriptions"


@pytest.mark.django_db
def test_a_script_in_a_service_description_is_shown_as_text_on_its_page(visit):
    service = ServiceFactory(
        description_fr="Aide **gratuite**.\n<script>alert('xss')</script>\n"
        '<img src=x onerror="alert(1)"> [lien](javascript:alert(1))',
        how_to_access_fr="# Sur place\nVenir le mardi.",
    )

    page = visit(service.get_absolute_url())

    assert "<script>alert" not in page.html
    assert not [element for element in page.root.iter() if "onerror" in element.attrs]
    assert page.root.find("img") is None
    assert "<script>alert('xss')</script>" in page.text  # shown, as text
    assert "javascript:" not in " ".join(page.hrefs())
    about = page.root.find("section", aria_labelledby="about")
    assert about.find("strong").text == "gratuite"
    assert any(h3.text == "Sur place" for h3 in page.root.find_all("h3"))
    assert len(page.root.find_all("h1")) == 1


@pytest.mark.django_db
def test_a_text_shown_in_another_language_keeps_its_marking(visit):
    organization = OrganizationFactory(
        description_fr="", description_en="", description_ar="**جمعية** في طنجة"
    )

    page = visit(organization.get_absolute_url())

    marked = page.root.find("div", lang="ar", dir="rtl")
    assert marked.find("strong").text == "جمعية"
    assert page.root.find("p", cls="fallback-note") is not None


@pytest.mark.django_db
def test_news_and_projects_render_their_texts_as_markdown(visit):
    item = NewsItemFactory(body_fr="Une *belle* journée.\nMerci à tous.")
    project = ProjectFactory(description_fr="Objectifs :\n\n- former\n- accompagner")

    news_page = visit(item.get_absolute_url())
    project_page = visit(project.get_absolute_url())

    assert news_page.root.find("em").text == "belle"
    assert news_page.root.find("article").find("br") is not None
    section = project_page.root.find("section", aria_labelledby="description")
    assert [li.text for li in section.find_all("li")] == ["former", "accompagner"]
