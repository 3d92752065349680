"""Why a file could not be read, in Russian where the desk speaks Russian.

A QA pass found the upload report (all its headings Russian) printing
``damaged zip archive: the zip directory cannot be read (…)``, and the CLI's
report likewise. ``ingest.reasons`` puts every reason the readers and the
batch give into words; these tests show a batch with a damaged zip, an empty
file, a password-protected DOCX and a file of no known format on the upload
page and in ``actdesk ingest``'s report, in Russian (English on request), and
walk the source so that a reason raised without a Russian entry fails here.
"""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from ingest import reasons
from ingest.reasons import explain, key_of
from tests.source_literals import FILL, constants, sample

REPO = Path(__file__).resolve().parent.parent
CYR = re.compile(r"[А-Яа-яЁё]")

# What the Russian report must say for each delivered file (and must not say in English).
EXPECT = {
    "повреждён.zip": ("zip_directory", "Повреждённый файл (zip-архив): не читается оглавление zip",
                      "damaged zip archive: the zip directory cannot be read"),
    "пустой.txt": ("empty_file", "Пустой файл: 0 байт", "empty file: 0 bytes"),
    "запертый.docx": ("office_password", "Документ Office защищён паролем: нужен пароль",
                      "password-protected Office document: needs a password"),
    "программа.bin": ("binary_data", "Двоичные данные: не текст и не документ известного формата",
                      "binary data, not text or a known document format"),
}


def _protected_docx(path: Path) -> None:
    """What Word writes for a DOCX with a password: an OLE2 file holding an
    ``EncryptedPackage`` stream (the directory names are enough to detect it)."""
    directory = b"".join(s.encode("utf-16-le").ljust(128, b"\x00")
                         for s in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + directory)


def _delivery(root: Path) -> Path:
    d = root / "delivery"
    d.mkdir()
    (d / "повреждён.zip").write_bytes(b"PK\x03\x04" + b"\x14\x00\x00\x00" + b"\x00" * 60)
    (d / "пустой.txt").write_bytes(b"")
    _protected_docx(d / "запертый.docx")
    (d / "программа.bin").write_bytes(bytes(range(256)) * 16)
    return d


def _ingest(home: Path, delivery: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--home", str(home), "ingest", "--jobs", "1", *args, str(delivery)],
                              env=env or {}, catch_exceptions=False)


def test_the_cli_report_gives_the_reasons_in_russian(tmp_path, monkeypatch):
    monkeypatch.delenv("ACTDESK_LANG", raising=False)
    report = tmp_path / "report.json"
    res = _ingest(tmp_path / "fund", _delivery(tmp_path), "--report", str(report))
    assert res.exit_code == 1, res.output            # files failed
    for name, (key, ru, en) in EXPECT.items():
        line = next(l for l in res.output.splitlines() if name in l)
        assert ru in line, line
        assert en not in line, line
    # the JSON report keeps the English reason and a stable key beside the Russian words
    rows = {Path(r["file"]).name: r for r in json.loads(report.read_text(encoding="utf-8"))}
    for name, (key, ru, en) in EXPECT.items():
        assert rows[name]["reason"].startswith(en), rows[name]
        assert rows[name]["reason_key"] == key, rows[name]
        assert rows[name]["reason_ru"].startswith(ru), rows[name]
    # the retry report of the fund's failed files speaks Russian too
    res = CliRunner().invoke(main, ["--home", str(tmp_path / "fund"), "ingest", "--retry", "--jobs", "1"],
                             catch_exceptions=False)
    assert "Документ Office защищён паролем" in res.output, res.output
    assert "needs a password" not in res.output, res.output


def test_the_cli_speaks_english_when_its_language_setting_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("ACTDESK_LANG", "en")
    res = _ingest(tmp_path / "fund", _delivery(tmp_path))
    for name, (key, ru, en) in EXPECT.items():
        line = next(l for l in res.output.splitlines() if name in l)
        assert en in line and ru not in line, line
    monkeypatch.delenv("ACTDESK_LANG")
    home = tmp_path / "fund"
    (home / "settings.yaml").write_text("language: en\n", encoding="utf-8")
    assert reasons.cli_lang(home) == "en"
    (home / "settings.yaml").write_text("language: ru\n", encoding="utf-8")
    assert reasons.cli_lang(home) == "ru"


def test_the_upload_page_gives_the_reasons_in_russian_and_english_on_request(tmp_path):
    from search.web.app import App
    from tests.fixtures import Client, imported_fund
    from tests.test_web import _job_of, _multipart
    empty = tmp_path / "empty"
    empty.mkdir()
    home = imported_fund(tmp_path, empty)
    client = Client(App(home, max_upload_mb=1, log=lambda m: None))
    client.login()
    token = client.csrf("/upload")
    d = _delivery(tmp_path)
    body, ctype = _multipart({"csrf": token}, [(p.name, p.read_bytes()) for p in sorted(d.iterdir())])
    job = _job_of(client.request("POST", "/upload", body=body, content_type=ctype))
    assert client.app.uploads.wait(job, timeout=120)
    page = client.get(f"/upload/{job}").text
    for name, (key, ru, en) in EXPECT.items():
        assert ru in page, (name, page)
        assert en not in page, (name, page)
    client.get("/lang?to=en&next=/")
    page = client.get(f"/upload/{job}").text
    for name, (key, ru, en) in EXPECT.items():
        assert en in page and ru not in page, (name, page)


def test_a_reason_keeps_its_technical_detail():
    s = "damaged DOCX: BadZipFile: Bad CRC-32 for file 'word/document.xml'"
    assert explain(s) == "Повреждённый файл (DOCX): BadZipFile: Bad CRC-32 for file 'word/document.xml'"
    assert explain("file too large: 300 MB, over the limit of 200 MB") == \
        "Файл слишком велик: 300 МБ при пределе 200 МБ"
    assert explain("unsupported format application/x-foo: not a document this desk reads") == \
        "Неподдерживаемый формат application/x-foo: такие документы программа не читает"
    assert explain("encrypted zip archive: needs a password") == "Зашифрованный файл (zip-архив): нужен пароль"
    assert explain("zip bomb: DOCX unpacks to over 900 MB, over the limit of 500 MB") == \
        "Zip-бомба: DOCX распаковывается в более 900 МБ при пределе 500 МБ"
    assert explain("already in the fund, waiting for a reader (as a.pdf)") == \
        "Уже есть в фонде, ждёт чтения (как «a.pdf»)"
    assert explain("image-only PDF: needs OCR (--no-ocr)") == \
        "PDF из одних сканов: нужно распознавание текста (импорт был с --no-ocr), файл ждёт"
    assert explain("e-mail from clerk@adm.ru, 2024-03-12 «Постановление»: the body and 2 attachments") == \
        "Письмо от clerk@adm.ru, 2024-03-12 «Постановление»: текст письма и вложения: 2"
    # English where asked; an unknown reason (an older build's) as it is
    assert explain("empty file: 0 bytes", "en") == "empty file: 0 bytes"
    assert explain("something new happened") == "something new happened"
    assert key_of("something new happened") is None
    assert key_of("encrypted PDF: needs a password") == "encrypted"


# --- every reason the code gives has its Russian words -------------------------------------

# calls whose (last positional or ``reason=``) argument is a reason shown to the librarian
REASON_CALLS = {"IngestError", "NeedsReader", "OcrUnavailable", "ZipBomb", "_PageTimeout",
                "needs", "refuse", "ParseOutcome", "FileResult", "_keep_failed"}
# functions whose returned strings are reasons (or parts a reason is made of)
REASON_FUNCS = {"_open_reason", "_no_text_reason", "entry_problem", "_bomb", "summary", "_unpack_tnef",
                "_not_regular", "_link_problem", "_too_large"}
# names assigned a reason before it is passed on
REASON_NAMES = {"what", "reason", "error", "note"}
SOURCES = ["ingest/formats", "ingest/pipeline.py", "ingest/detect.py", "ingest/ocrjobs.py"]


def _reasons_in(path: Path) -> list[tuple[str, int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    consts = constants(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name in REASON_CALLS:
                args = [k.value for k in node.keywords if k.arg == "reason"]
                if name in ("IngestError", "NeedsReader", "OcrUnavailable", "ZipBomb", "_PageTimeout",
                            "needs", "refuse", "_keep_failed") and node.args:
                    args.append(node.args[-1])
                for a in args:
                    found += [(node.lineno, s) for s in sample(a, consts)]
        elif isinstance(node, (ast.FunctionDef,)) and node.name in REASON_FUNCS:
            for r in ast.walk(node):
                if isinstance(r, ast.Return) and r.value is not None:
                    found += [(r.lineno, s) for s in sample(r.value, consts)]
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name) and t.id in REASON_NAMES:
                    found += [(node.lineno, s) for s in sample(node.value, consts)]
                elif isinstance(t, ast.Tuple) and isinstance(node.value, ast.Tuple):
                    for tt, vv in zip(t.elts, node.value.elts):
                        if isinstance(tt, ast.Name) and tt.id in REASON_NAMES:
                            found += [(node.lineno, s) for s in sample(vv, consts)]
        elif isinstance(node, ast.Dict) and any(isinstance(k, ast.Attribute) and "FPDF_ERR" in k.attr
                                                for k in node.keys if k is not None):
            found += [(node.lineno, s) for v in node.values for s in sample(v, consts)]
    rel = str(path.relative_to(REPO))
    return [(rel, line, s) for line, s in found]


def _all_reasons() -> list[tuple[str, int, str]]:
    out = []
    for src in SOURCES:
        p = REPO / src
        for f in sorted(p.rglob("*.py")) if p.is_dir() else [p]:
            out += _reasons_in(f)
    return out


# parts of reasons, not reasons: the body of a mail summary, fragments a reason is built from
NOT_REASONS = {FILL, "", "the body", "unknown sender", ", waiting for a reader"}


def test_the_walk_finds_the_reasons_it_should():
    texts = {s for _, _, s in _all_reasons()}
    for s in ("empty file: 0 bytes", "encrypted 7: needs a password",
              "damaged 7: the zip directory cannot be read (7)", "archive with 7 entries",
              "encrypted PDF: needs a password", "image-only PDF: needs OCR (7 pages)",
              "7: needs OCR (--no-ocr)", "unsupported format 7: not a document this desk reads"):
        assert s in texts, s


def test_every_reason_in_the_code_has_russian_words():
    """A new ``IngestError("…")`` (or reason=…) without an entry in
    ``ingest.reasons.TABLE`` fails here: add its Russian template there."""
    missing = []
    for where, line, s in _all_reasons():
        if s in NOT_REASONS or s.startswith((" «", ", ")):
            continue
        ru = explain(s, "ru")
        if key_of(s) is None or not CYR.search(ru) or ru == s:
            missing.append(f"{where}:{line}: {s!r}")
    assert not missing, "reasons without Russian words in ingest/reasons.py:\n" + "\n".join(missing)


@pytest.mark.parametrize("entry", reasons.TABLE, ids=lambda e: e[0])
def test_every_template_fills_from_its_pattern(entry):
    key, pattern, ru = entry
    fields = set(re.findall(r"\{(\w+)\}", ru))
    groups = set(re.compile(pattern).groupindex)
    assert fields <= groups, (key, fields - groups)


# --- the warnings a reader gives are words too (search.web.i18n ``w_<code>``) -----------------

WARNING_FUNCS = {"hand_warnings", "_low"}


def _warning_codes() -> set[str]:
    """Codes the format readers put into ``Parsed.warnings``: literals on a
    line that adds to ``warnings`` and what the warning helpers return."""
    codes: set[str] = set()
    for f in sorted((REPO / "ingest/formats").glob("*.py")):
        tree = ast.parse(f.read_text(encoding="utf-8"))
        lines = f.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name in WARNING_FUNCS:
                codes |= {c.value for c in ast.walk(node) if isinstance(c, ast.Constant)
                          and isinstance(c.value, str) and re.fullmatch(r"[a-z]+(?:_[a-z]+)*", c.value)
                          and c.value not in ("date", "number", "number_digits", "handwritten",
                                              "ocr_confidence")}
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and re.fullmatch(r"[a-z]+(?:_[a-z]+)+|ocr", node.value) \
                    and re.search(r"\bwarnings\b", lines[node.lineno - 1]) \
                    and not re.search(r"\bmeta\[", lines[node.lineno - 1]):
                codes.add(node.value)
    return codes


def test_every_warning_of_the_readers_has_words_in_both_languages():
    from search.web.i18n import EN, RU
    codes = _warning_codes()
    assert {"ocr", "ocr_timeout", "handwritten_requisites", "low_ocr_confidence"} <= codes, codes
    missing = sorted(c for c in codes if "w_" + c not in RU or "w_" + c not in EN)
    assert not missing, "warnings without words in search/web/i18n.py: " + ", ".join(missing)


def test_the_cli_report_names_warnings_in_words():
    from ingest.pipeline import FileResult
    from ingest.report import format_report
    from search.web.i18n import tr
    rows = [FileResult("скан.tif", "0" * 64, "new", ["r1"], None, ["ocr", "ocr_timeout"])]
    words = tr("ru")
    text = format_report(rows, lang="ru", warning=lambda c: words("w_" + c))
    assert "предупреждения: текст получен распознаванием (OCR)" in text, text
    assert "warnings:" not in text
    assert "warnings: ocr, ocr_timeout" in format_report(rows, lang="en")
