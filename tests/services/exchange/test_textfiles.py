"""The text-file reader's inspection: encodings, line limits across chunks, sizes."""

from __future__ import annotations

import codecs

import pytest

from bvmdesk.services.exchange.textfiles import (
    CHUNK_BYTES,
    MAX_LINE_BYTES,
    TextFileError,
    decode_text,
    inspect,
    megabytes,
)


def _inspect(data: bytes, limit: int = 10**9) -> str:
    chunks = [data[i:i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES)]
    return inspect(chunks, "x.csv", limit).encoding


@pytest.mark.parametrize(("data", "encoding"), [
    (b"", "utf-8"),
    (b"code;naam\r\nLB1;Metaal\r\n", "utf-8"),
    (codecs.BOM_UTF8 + "Zoë".encode(), "utf-8-sig"),
    ("Zoë;café".encode("cp1252"), "cp1252"),
    (b"ab" + "€\n".encode() * 300_000, "utf-8"),  # a € split over two chunks
])
def test_the_encoding_is_chosen(data: bytes, encoding: str) -> None:
    assert _inspect(data) == encoding


@pytest.mark.parametrize(("text", "codec", "wide"), [
    ("badge;tijdstip\r\nA1;2026-11-27 08:01\r\n", "utf-16", "UTF-16"),
    ("Zoë;Çağan;€\r\n" * 20, "utf-16-le", "UTF-16"),
    ("Zoë;Çağan;€\r\n" * 20, "utf-16-be", "UTF-16"),
    ("a;b\r\n", "utf-32", "UTF-32"),
    ("code;naam\r\nLB1;Metaal\r\n", "utf-32-be", "UTF-32"),
])
def test_utf16_and_utf32_are_named(text: str, codec: str, wide: str) -> None:
    with pytest.raises(TextFileError, match=rf"^x\.csv is opgeslagen als {wide}; {wide} is "
                                            "niet ondersteund, sla het op als CSV UTF-8 "):
        _inspect(text.encode(codec))


def test_a_long_line_is_found_across_chunks_with_its_line_number() -> None:
    short = b"LB1;Metaal\r\n" * (CHUNK_BYTES // 12)  # ends just before the chunk boundary
    lines = short.count(b"\n")
    data = short + b"LB2;" + b"x" * MAX_LINE_BYTES + b"\r\nLB3;y\r\n"
    assert len(data) > CHUNK_BYTES > len(short)
    with pytest.raises(TextFileError, match=rf"^x\.csv: regel {lines + 1} is langer dan 100 kB"):
        _inspect(data)
    old_mac = short.replace(b"\r\n", b"\r") + b"LB2;" + b"x" * MAX_LINE_BYTES
    with pytest.raises(TextFileError, match=rf"regel {lines + 1} is"):
        _inspect(old_mac)
    exactly = b"LB1;" + b"x" * (MAX_LINE_BYTES - 4) + b"\r\n"  # the limit itself is fine
    assert _inspect(short + exactly + short) == "utf-8"


def test_the_size_limit_counts_what_is_read() -> None:
    with pytest.raises(TextFileError, match=r"^log\.txt is te groot \(1,5 kB; de grens is "
                                            r"1 kB\)"):
        decode_text(b"A1;2026-11-27 08:01\n" * 75, "log.txt", limit=1000)


@pytest.mark.parametrize(("size", "text"), [
    (999, "999 bytes"), (100_000, "100 kB"), (1_500, "1,5 kB"), (57_000_000, "57 MB"),
    (2_000_000_001, "2 GB"), (1_200_000_000, "1,2 GB"),
])
def test_sizes_are_written_the_dutch_way(size: int, text: str) -> None:
    assert megabytes(size) == text
