"""Folding text so that a resident's words meet the directory's words.

One function, `fold`, used both when indexing and when querying, so every database sees the
same text: lower case, Latin accents removed (Drâa = draa, é = e, ç = c), Arabic letter forms
unified (أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي) and Arabic diacritics and tatweel removed.

`terms` then cuts folded text into words and reduces each to a stem, so that plurals and
common forms meet: migrant, migrants, migrante → migrant; mère, mères → mere;
مهاجرين, مهاجرون → مهاجر; المهاجرين → مهاجر.
"""

import functools
import re
import sys
import unicodedata

ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
        "ی": "ي",
        # Arabic-Indic digits as the digits a phone keyboard types.
        **{chr(0x0660 + digit): str(digit) for digit in range(10)},
        **{chr(0x06F0 + digit): str(digit) for digit in range(10)},
    }
)
WORD = re.compile(r"[^\W_]+")

# Suffixes removed from the end of Latin-script words, longest first. Light on purpose:
# French and English plurals and feminines, not a full stemmer.
LATIN_SUFFIXES = ("ements", "ement", "ies", "es", "s", "x", "e", "y")
# Arabic: the article and common conjunctions/prepositions in front, plural and feminine
# endings behind.
ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_SUFFIXES = ("ات", "ون", "ين", "ان", "ه")


@functools.cache
def _combining_marks():
    """A pattern of every combining mark (accents...): one regex pass instead of a test of
    each letter in Python, several times faster on the index's long texts."""
    marks = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))]
    return re.compile(f"[{re.escape(''.join(marks))}]")


@functools.lru_cache(maxsize=50_000)
def fold(text):
    """Lower-case, accent-free, Arabic-normalized text; the same for indexing and querying."""
    text = text or ""
    if text.isascii():  # nothing to normalize but the case: the steps below give the same
        return text.lower()
    text = unicodedata.normalize("NFKC", text).casefold()
    text = ARABIC_DIACRITICS.sub("", text)
    text = text.translate(ARABIC_LETTERS)
    without_marks = _combining_marks().sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", without_marks).replace("œ", "oe").replace("æ", "ae")


@functools.lru_cache(maxsize=100_000)
def stem(word):
    """A word's stem: the same for its plural and feminine forms."""
    if any("\u0600" <= ch <= "\u06ff" for ch in word):
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word = word[len(prefix) :]
                break
        for suffix in ARABIC_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return word[: -len(suffix)]
        return word
    for suffix in LATIN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def terms(text):
    """The stems of the words in `text`, in order."""
    return [stem(word) for word in WORD.findall(fold(text))]
