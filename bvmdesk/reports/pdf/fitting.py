"""Text that must fit a width on one line or two: the certificate's name, module and
particulars, the signatory and the issuer. Never cut, never wider than the room."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth


def fit_lines(text: str, font: str, largest: float, smallest: float, floor: float,
              width: float) -> tuple[float, list[str]]:
    """The font size and lines of `text` in `width`: one line from `largest` down to
    `smallest` points, then two lines (split at the space that balances them best) down to
    `floor`; one endless word smaller still. Never cut, never wider than `width`."""
    size = fitting(text, font, largest, smallest, width)
    if stringWidth(text, font, size) <= width:
        return size, [text]
    words_ = text.split(" ")
    best: list[str] = [text]
    best_width = stringWidth(text, font, 1)
    for cut in range(1, len(words_)):
        lines = [" ".join(words_[:cut]), " ".join(words_[cut:])]
        widest = max(stringWidth(line, font, 1) for line in lines)
        if widest < best_width:
            best, best_width = lines, widest
    size = smallest
    while size > floor and best_width * size > width:
        size -= 0.5
    if best_width * size > width:
        size = width / best_width
    return size, best


def shrunk(text: str, font: str, size: float, width: float) -> float:
    """`size`, or smaller until `text` is no wider than `width`."""
    return min(size, width / max(float(stringWidth(text, font, 1)), 1e-6))


def fitting(text: str, font: str, largest: float, smallest: float, width: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size
