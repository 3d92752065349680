"""Why a delivered file could not be read, in the words of the page's language.

Readers raise ``IngestError`` with a short English reason ("encrypted DOCX:
needs a password") and the batch stores it as it is: the fund's ``files``
table, ``--report FILE.json`` and logs keep that English text, which scripts
and old funds rely on. The librarian reads Russian, so the reason is turned
into words only where it is shown (the CLI report, the upload page, the retry
report), by matching it against the catalogue below: one entry per kind of
reason, a stable machine ``key`` and a Russian template whose fields are the
English text's own parts (sizes, limits, the library's technical message),
so no detail is lost. The raise sites stay as they are: a new reason needs
one line here, and ``tests/test_reasons_ru.py`` walks the source so that a
reason raised without an entry fails CI.

A reason no entry knows (a fund written by an older build) is shown as it
is, English, never dropped. ``lang="en"`` gives the English text unchanged.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

LANGS = ("ru", "en")
ENV_LANG = "ACTDESK_LANG"

# what a reason names, in Russian (a field a template holds: kind, what, noun)
NOUNS = {
    "zip": "zip-архив", "zip archive": "zip-архив", "DOCX": "DOCX", "DOCX chunk": "DOCX (вложенный документ)",
    "ODT": "ODT", "ODT content": "ODT (content.xml)", "ODT styles": "ODT (styles.xml)",
    "image-only PDF": "PDF из одних сканов", "PDF with a garbled text layer": "PDF с испорченным текстовым слоем",
    "PDF pages with no text": "страницы PDF без текста", "image": "изображение", "page image": "изображение страницы", "pending files": "ожидающие файлы",
    "check": "проверка", "file": "файл", "attachment": "вложение",
    "over ": "более ", "unknown sender": "неизвестного отправителя",
}


def _noun(s: str | None) -> str:
    return "" if s is None else NOUNS.get(s, s)


def _carried(s: str | None) -> str:
    """``the body and 2 attachments`` -> ``текст письма и вложения: 2``."""
    if not s:
        return ""
    s = s.replace("nothing to import", "нечего импортировать").replace("the body", "текст письма")
    s = re.sub(r"(\d+) attachments?", r"вложения: \1", s)
    return s.replace(" and ", " и ")


def _notes(s: str | None) -> str:
    """``; note; note`` of an e-mail's summary, each note in words."""
    if not s:
        return ""
    return "".join("; " + _sub(n) for n in s[2:].split("; ") if n)


def _inner(s: str | None) -> str:
    return "" if s is None else explain(s, "ru")


def _sub(s: str | None) -> str:
    """A reason inside a sentence: in words, its first letter small."""
    text = _inner(s)
    if text[1:2].isupper():   # an abbreviation keeps its letters: «PDF из одних сканов», not «pDF»
        return text
    return text[:1].lower() + text[1:]


# a record's fields as a re-read's report names them
FIELD_WORDS = {"kind": "вид", "number": "номер", "date": "дата", "body": "орган", "title": "заголовок",
               "rubrics": "рубрики", "status": "статус", "amends": "изменяемые акты",
               "repeals": "отменяемые акты"}


def _fields(s: str | None) -> str:
    return ", ".join(FIELD_WORDS.get(f, f) for f in (s or "").split(", "))


# a field whose name is here is put into words by that function; others stay verbatim
FIELDS: dict[str, Callable[[str | None], str]] = {
    "kind": _noun, "what": _noun, "noun": _noun, "over": _noun, "who": _noun,
    "carried": _carried, "notes": _notes, "inner": _inner, "sub": _sub, "fields": _fields,
}


@dataclass(frozen=True)
class Reason:
    key: str
    pattern: re.Pattern
    ru: str


# (key, the English reason as a regular expression matched whole, the Russian template).
# Order matters: a specific wording before the general one it would also match.
_D = r"(?P<detail>.+)"
TABLE: tuple[tuple[str, str, str], ...] = (
    # -- the file as delivered (formats/__init__, pipeline) --
    ("empty_file", r"empty file: 0 bytes|empty file", "Пустой файл: 0 байт"),
    ("file_too_large", r"file too large: (?P<mb>\d+) MB, over the limit of (?P<limit>\d+) MB",
     "Файл слишком велик: {mb} МБ при пределе {limit} МБ"),
    ("too_large_in_memory", r"file too large to read in memory \((?P<media>.+)\)",
     "Файл слишком велик, чтобы прочитать его в памяти ({media})"),
    ("too_large_in_memory", r"file too large to read in memory",
     "Файл слишком велик, чтобы прочитать его в памяти"),
    ("unsupported_format", r"unsupported format (?P<media>.+?): not a document this desk reads",
     "Неподдерживаемый формат {media}: такие документы программа не читает"),
    ("binary_data", r"binary data, not text or a known document format",
     "Двоичные данные: не текст и не документ известного формата"),
    ("binary_data", r"binary data, not text", "Двоичные данные, а не текст"),
    ("zip_not_document", r"zip archive, not a document: expand it first",
     "Zip-архив, а не документ: сначала распакуйте его"),
    ("office_password", r"password-protected Office document: needs a password",
     "Документ Office защищён паролем: нужен пароль"),
    ("needs_reader_xls", r"Excel 97 workbook \(\.xls\): needs a spreadsheet reader",
     "Книга Excel 97 (.xls): нужна программа чтения таблиц, файл ждёт"),
    ("needs_reader_xlsx", r"Excel workbook \(\.xlsx\): needs a spreadsheet reader",
     "Книга Excel (.xlsx): нужна программа чтения таблиц, файл ждёт"),
    ("needs_reader_ppt", r"PowerPoint 97 file \(\.ppt\): needs a presentation reader",
     "Файл PowerPoint 97 (.ppt): нужна программа чтения презентаций, файл ждёт"),
    ("needs_reader_pptx", r"PowerPoint file \(\.pptx\): needs a presentation reader",
     "Файл PowerPoint (.pptx): нужна программа чтения презентаций, файл ждёт"),
    ("needs_reader_djvu", r"DjVu scan: needs a DjVu reader and OCR",
     "Скан DjVu: нужны программа чтения DjVu и распознавание текста (OCR), файл ждёт"),
    ("needs_reader_archive", r"(?P<fmt>.+?) archive: needs an archive reader",
     "Архив {fmt}: нужна программа распаковки архивов, файл ждёт"),
    ("needs_reader_xml", r"XML file: needs an XML reader",
     "Файл XML: нужна программа чтения этого XML, файл ждёт"),
    ("unreadable", r"unreadable (?P<media>\S+): " + _D, "Не удалось прочитать файл ({media}): {detail}"),
    ("cannot_open", r"cannot open file: " + _D, "Не удалось открыть файл: {detail}"),
    ("cannot_read", r"cannot read (?:the )?file: " + _D, "Не удалось прочитать файл: {detail}"),
    ("no_such_path", r"no such file or folder", "Нет такого файла или папки"),
    ("unlisted_folder", r"cannot list the folder: " + _D, "Не удалось просмотреть папку: {detail}"),
    ("vanished", r"the file vanished before it could be read", "Файл исчез, прежде чем его успели прочитать"),
    ("no_permission", r"no permission to read the file", "Нет прав на чтение файла"),
    ("not_regular", r"not a regular file \(a pipe, socket or device\): not read",
     "Не обычный файл (канал, сокет или устройство): не прочитан"),
    ("link_outside", r"symbolic link pointing outside the delivered folder: not followed",
     "Символическая ссылка ведёт за пределы переданной папки: не прочитана"),
    ("reader_died", r"the reader process died on this file \(killed by the system: out of memory, "
                    r"or a crash in a reader library\)",
     "Процесс чтения оборвался на этом файле (остановлен системой: не хватило памяти "
     "или сбой библиотеки чтения)"),
    ("reader_error", r"unexpected reader error: " + _D, "Непредвиденная ошибка чтения: {detail}"),
    ("reader_process", r"reader process failed: " + _D, "Сбой процесса чтения: {detail}"),
    ("requisites_failed", r"requisites extraction failed: " + _D,
     "Сбой при разборе реквизитов: {detail}"),
    ("original_missing", r"original (?P<sha>\S+) is missing from the fund",
     "Оригинал {sha} отсутствует в фонде"),
    ("text_no_text", r"text file holds no text \(only spaces or line breaks\)",
     "В текстовом файле нет текста (только пробелы и переводы строк)"),
    # -- duplicates and links (not failures, but shown in the same column) --
    ("duplicate_as", r"(?P<inner>.+) \(as (?P<name>.+)\)", "{inner} (как «{name}»)"),
    ("duplicate_pending", r"already in the fund, waiting for a reader", "Уже есть в фонде, ждёт чтения"),
    ("duplicate", r"already in the fund", "Уже есть в фонде"),
    ("duplicate_batch", r"delivered twice in this batch", "Передан дважды в этой загрузке"),
    ("same_act", r"same act as (?P<ids>.+)", "Тот же акт, что {ids}"),
    # -- a re-read (ingest --reread) --
    ("reread_unchanged", r"unchanged", "Без изменений"),
    ("reread_count", r"changed: records (?P<before>\d+) -> (?P<after>\d+)",
     "Изменилось число актов в файле: {before} → {after}"),
    ("reread_changed", r"changed: (?P<fields>.+)", "Изменились: {fields}"),
    ("reread_split", r"read again: the file now holds (?P<now>\d+) acts, not (?P<was>\d+), and its acts carry "
                     r"the librarian's corrections; the earlier reading is kept",
     "При повторном чтении в файле {now} актов, а не {was}, и в его записях есть исправления "
     "библиотекаря: записи оставлены как были"),
    ("reread_kept", r"read again: (?P<sub>.+); the earlier reading is kept",
     "При повторном чтении: {sub}; записи оставлены как были"),
    # -- archives and the zip guard (pipeline, formats/zipsafe) --
    ("archive_with", r"(?:zip )?archive with (?P<n>\d+) entries", "Архив, файлов в нём: {n}"),
    ("plain_zip", r"not a (?P<ext>\S+) but a plain zip (?P<sub>.+), imported one by one",
     "Не {ext}, а обычный zip ({sub}), файлы импортированы по одному"),
    ("archive_nested", r"archive nested deeper than (?P<n>\d+) levels",
     "Архив вложен глубже {n} уровней"),
    ("message_nested", r"message nested deeper than (?P<n>\d+) levels",
     "Письмо вложено глубже {n} уровней"),
    ("nested", r"nested deeper than (?P<n>\d+) levels", "Вложено глубже {n} уровней"),
    ("zip_slip", r"unsafe path in archive \(zip-slip\): refused",
     "Опасный путь в архиве (zip-slip): отклонено"),
    ("entry_unpack", r"cannot unpack the entry: " + _D, "Не удалось распаковать файл из архива: {detail}"),
    ("zip_directory", r"damaged (?P<kind>.+?): the zip directory cannot be read \((?P<detail>.*)\)",
     "Повреждённый файл ({kind}): не читается оглавление zip ({detail})"),
    ("zip_entries", r"(?P<kind>.+?) has (?P<n>\d+) zip entries, over the limit of (?P<limit>\d+)",
     "{kind}: файлов в архиве {n} при пределе {limit}"),
    ("entry_encrypted", r"encrypted archive entry: needs a password",
     "Файл в архиве зашифрован: нужен пароль"),
    ("entry_size", r"entry unpacks to (?P<mb>\d+) MB \(limit (?P<limit>\d+) MB\)",
     "Файл в архиве распаковывается в {mb} МБ (предел {limit} МБ)"),
    ("entry_ratio", r"entry compressed (?P<r>\d+):1 \(limit (?P<limit>\d+):1\): refused as a zip bomb",
     "Файл в архиве сжат в {r} раз (предел — в {limit}): отклонён как zip-бомба"),
    ("entry_bomb", r"entry unpacks to more bytes than it declares or than the limit allows: "
                   r"refused as a zip bomb",
     "Файл в архиве распаковывается в больший объём, чем заявлено или допустимо: отклонён как zip-бомба"),
    ("zip_bomb", r"zip bomb: (?P<kind>.+?) unpacks to (?P<over>over )?(?P<mb>\d+) MB, "
                 r"over the limit of (?P<limit>\d+) MB",
     "Zip-бомба: {kind} распаковывается в {over}{mb} МБ при пределе {limit} МБ"),
    ("pdf_encrypted_handler", r"encrypted PDF: unsupported security handler",
     "Зашифрованный PDF: неизвестный способ защиты"),
    ("encrypted", r"encrypted (?P<kind>.+?): needs a password", "Зашифрованный файл ({kind}): нужен пароль"),
    # -- e-mail and Outlook --
    ("winmail_failed", r"(?:Outlook winmail\.dat|winmail\.dat \(Outlook TNEF\)) could not be unpacked: "
                       r"(?P<detail>.+?)(?P<kept>; kept as it is)?",
     "Outlook winmail.dat не удалось распаковать: {detail}"),
    ("winmail_empty", r"Outlook winmail\.dat holds no files, only a message's formatting"
                      r"|winmail\.dat \(Outlook TNEF\) holds no files, only the message's formatting",
     "В Outlook winmail.dat нет файлов, только оформление письма"),
    ("winmail_with", r"(?:Outlook winmail\.dat with|winmail\.dat \(Outlook TNEF\) unpacked:) "
                     r"(?P<n>\d+) file\(s\)",
     "Outlook winmail.dat, файлов в нём: {n}"),
    ("kept_as_is", r"kept as it is", "оставлен как есть"),
    ("part_size", r"(?P<noun>\S+) of (?P<mb>\d+) MB \(limit (?P<limit>\d+) MB\)",
     "{noun} размером {mb} МБ (предел {limit} МБ)"),
    ("mailbox_with", r"mailbox with (?P<n>\d+) messages", "Почтовый ящик, писем в нём: {n}"),
    ("mailbox_entries", r"mailbox has (?P<n>\d+) messages, over the limit of (?P<limit>\d+)",
     "В почтовом ящике писем: {n}, при пределе {limit}"),
    ("mailbox_empty", r"mailbox holds no messages", "В почтовом ящике нет писем"),
    ("mail_damaged", r"damaged e-mail message: " + _D, "Повреждённое письмо: {detail}"),
    ("mail_parts_limit", r"more than (?P<n>\d+) attachments: the rest is not imported",
     "Вложений больше {n}: остальные не импортированы"),
    ("mail_summary", r"e-mail from (?P<who>.*?)(?P<rest>(?:, [^:«]*)?(?: «.*»)?): (?P<carried>[^;]*)"
                     r"(?P<notes>(?:; .*)?)",
     "Письмо от {who}{rest}: {carried}{notes}"),
    # -- PDF --
    ("pdf_open_file", r"cannot open PDF file(?:: (?P<detail>.+))?", "Не удалось открыть файл PDF{detail}"),
    ("pdf_open_ocr", r"cannot open PDF for OCR: " + _D, "Не удалось открыть PDF для распознавания: {detail}"),
    ("pdf_open", r"cannot open PDF: " + _D, "Не удалось открыть PDF: {detail}"),
    ("pdf_no_pages", r"PDF has no pages", "В PDF нет страниц"),
    ("pdf_pages_limit", r"PDF has (?P<n>\d+) pages, over the limit of (?P<limit>\d+) pages",
     "В PDF страниц: {n}, при пределе {limit}"),
    ("pdf_bomb_stream", r"PDF decompression bomb: a stream of (?P<kb>\d+) KB inflates to over (?P<mb>\d+) MB "
                        r"\(limit (?P<limit>\d+):1\)",
     "PDF-бомба: поток в {kb} КБ распаковывается более чем в {mb} МБ (предел — сжатие в {limit} раз)"),
    ("pdf_bomb", r"PDF decompression bomb: its streams inflate to over (?P<mb>\d+) MB "
                 r"\(limit (?P<limit>\d+) MB for this file\)",
     "PDF-бомба: потоки файла распаковываются более чем в {mb} МБ (предел для этого файла {limit} МБ)"),
    ("pdf_truncated", r"truncated or damaged PDF: no cross-reference table",
     "PDF обрезан или повреждён: нет таблицы перекрёстных ссылок"),
    ("pdf_damaged", r"damaged PDF: PDFium cannot parse its structure",
     "Повреждённый PDF: PDFium не может разобрать его структуру"),
    ("pdf_no_page_read", r"damaged PDF: no page could be read", "Повреждённый PDF: не прочитана ни одна страница"),
    ("pdf_garbled", r"garbled PDF text layer: needs OCR",
     "Испорченный текстовый слой PDF: нужно распознавание текста (OCR)"),
    ("pdf_image_only", r"image-only PDF: needs OCR \((?P<n>\d+) pages\)",
     "PDF из одних сканов: нужно распознавание текста (OCR), страниц: {n}"),
    ("pdf_blank", r"PDF holds no text and no images \((?P<n>\d+) blank pages\)",
     "В PDF нет ни текста, ни изображений (пустых страниц: {n})"),
    # -- OCR --
    ("no_ocr", r"(?P<what>.+?): needs OCR \(--no-ocr\)|needs OCR \(--no-ocr\)",
     "{what}: нужно распознавание текста (импорт был с --no-ocr), файл ждёт"),
    ("no_tesseract", r"tesseract is not installed: (?P<what>.+?) kept pending "
                     r"\(install tesseract-ocr and tesseract-ocr-rus, then run actdesk ocr --pending\)",
     "Не установлен Tesseract: {what} ждёт распознавания (установите tesseract-ocr и "
     "tesseract-ocr-rus, затем выполните actdesk ocr --pending)"),
    ("no_tesseract", r"tesseract is not installed: (?P<what>.+?) kept pending "
                     r"\(install Tesseract for Windows with the Russian language or set "
                     r"ACTDESK_TESSERACT to its tesseract\.exe, then run actdesk ocr --pending\)",
     "Не установлен Tesseract: {what} ждёт распознавания (установите Tesseract для Windows "
     "с русским языком или укажите его tesseract.exe в ACTDESK_TESSERACT, затем выполните "
     "actdesk ocr --pending)"),
    ("no_tesseract", r"tesseract is not installed", "Не установлен Tesseract: файл ждёт распознавания"),
    ("no_tesseract_rus", r"tesseract has no Russian language data: (?P<what>.+?) kept pending "
                         r"\(install tesseract-ocr-rus, then run actdesk ocr --pending\)",
     "У Tesseract нет данных русского языка: {what} ждёт распознавания (установите "
     "tesseract-ocr-rus, затем выполните actdesk ocr --pending)"),
    ("no_tesseract_rus", r"tesseract has no Russian language data: (?P<what>.+?) kept pending "
                         r"\(run the Tesseract installer again and tick Russian under additional "
                         r"languages, then run actdesk ocr --pending\)",
     "У Tesseract нет данных русского языка: {what} ждёт распознавания (запустите установщик "
     "Tesseract снова и отметьте русский язык среди дополнительных, затем выполните "
     "actdesk ocr --pending)"),
    ("tesseract_failed", r"tesseract failed: " + _D, "Сбой Tesseract: {detail}"),
    ("ocr_timeout_all", r"(?P<what>.+?): OCR could not read any page in time|image: OCR timed out on every page",
     "{what}: распознавание не успело прочитать ни одной страницы, файл ждёт"),
    ("ocr_page_timeout", r"OCR of a page took over (?P<s>\d+) s", "Распознавание страницы дольше {s} с"),
    ("ocr_no_text", r"(?P<what>.+?): OCR found no text on (?P<n>\d+) pages",
     "{what}: распознавание не нашло текста (страниц: {n})"),
    ("image_no_text", r"image holds no readable text", "На изображении нет читаемого текста"),
    ("image_damaged", r"damaged or unsupported image: " + _D,
     "Повреждённое или неподдерживаемое изображение: {detail}"),
    ("image_damaged", r"damaged image: " + _D, "Повреждённое изображение: {detail}"),
    ("image_too_large", r"image too large to read: " + _D, "Изображение слишком велико: {detail}"),
    ("image_pixels", r"image of (?P<w>\d+)x(?P<h>\d+) pixels is over the limit of (?P<mp>\d+) MP",
     "Изображение {w}×{h} точек больше предела {mp} Мп"),
    # -- Word, RTF, ODT, XML --
    ("not_docx", r"not a DOCX: zip without word/document\.xml", "Не DOCX: zip-архив без word/document.xml"),
    ("not_rtf", r"not an RTF document", "Не документ RTF"),
    ("rtf_open", r"cannot open RTF file: " + _D, "Не удалось открыть файл RTF: {detail}"),
    ("rtf_no_text", r"RTF document holds no text", "В документе RTF нет текста"),
    ("tool_timeout", r"(?P<tool>.+?) took over (?P<s>\d+) s: stopped", "{tool} работал дольше {s} с: остановлен"),
    ("tool_cannot_run", r"(?P<tool>.+?) cannot be run: " + _D, "Не удалось запустить {tool}: {detail}"),
    ("no_doc_reader", r"no \.doc reader is installed: legacy Word \.doc kept pending "
                      r"\(install antiword, catdoc or LibreOffice, then run actdesk ingest --retry\)",
     "Не установлена программа чтения .doc: документ Word .doc ждёт (установите antiword, catdoc "
     "или LibreOffice, затем выполните actdesk ingest --retry)"),
    ("doc_no_text", r"legacy Word \.doc: (?P<tools>.+?) found no text "
                    r"\(damaged, encrypted, or an older Word version\)",
     "Документ Word .doc: {tools} не нашли текста (файл повреждён, зашифрован или из старой версии Word)"),
    ("odt_not_wellformed", r"damaged ODT: content\.xml is not well-formed \((?P<detail>.*)\)",
     "Повреждённый ODT: content.xml не является правильным XML ({detail})"),
    ("odt_missing_part", r"damaged ODT: no (?P<name>\S+) in the package", "Повреждённый ODT: в пакете нет {name}"),
    ("odt_no_text", r"ODT document holds no text", "В документе ODT нет текста"),
    ("xml_open", r"cannot open XML file: " + _D, "Не удалось открыть файл XML: {detail}"),
    ("xml_damaged", r"damaged XML: " + _D, "Повреждённый XML: {detail}"),
    ("wordml_no_body", r"Word 2003 XML without w:body", "Word 2003 XML без w:body (нет текста документа)"),
    # the general "damaged KIND: detail" last: the specific wordings above come first
    ("damaged", r"damaged (?P<kind>.+?): (?P<detail>.+)", "Повреждённый файл ({kind}): {detail}"),
)

REASONS: tuple[Reason, ...] = tuple(Reason(k, re.compile(p, re.DOTALL), ru) for k, p, ru in TABLE)


def _match(reason: str) -> tuple[Reason, re.Match] | None:
    for r in REASONS:
        m = r.pattern.fullmatch(reason)
        if m:
            return r, m
    return None


def key_of(reason: str | None) -> str | None:
    """The stable machine key of a reason (``encrypted``, ``zip_directory`` …), None if unknown."""
    if not reason:
        return None
    found = _match(reason.strip())
    return found[0].key if found else None


def explain(reason: str | None, lang: str = "ru") -> str:
    """``reason`` in the words of ``lang``: Russian from the catalogue, the
    English text itself for ``en`` or for a reason no entry knows."""
    if not reason:
        return ""
    if lang != "ru":
        return reason
    found = _match(reason.strip())
    if not found:
        return reason
    entry, m = found
    fields = {}
    for name, value in m.groupdict().items():
        conv = FIELDS.get(name)
        fields[name] = conv(value) if conv else ("" if value is None else value)
    if entry.key == "pdf_open_file" and fields["detail"]:
        fields["detail"] = ": " + fields["detail"]
    if entry.key in ("no_ocr", "ocr_timeout_all") and not fields.get("what"):
        fields["what"] = "Файл" if entry.key == "no_ocr" else "Изображение"
    text = entry.ru.format(**fields)
    return text[:1].upper() + text[1:]


def for_json(reason: str | None) -> dict:
    """Fields a JSON report adds beside the English ``reason``: its key and Russian words."""
    return {"reason_key": key_of(reason), "reason_ru": explain(reason, "ru") if reason else None}


def cli_lang(home: Path | None = None) -> str:
    """The CLI's language: ``$ACTDESK_LANG``, else ``language:`` in the fund's
    settings.yaml, else Russian (the desk's librarians read Russian)."""
    value = os.environ.get(ENV_LANG, "").strip().lower()
    if not value and home is not None:
        try:
            from .settings import _settings
            value = str(_settings(Path(home)).get("language") or "").strip().lower()
        except Exception:  # a broken settings file is reported by the commands that need it
            value = ""
    return value if value in LANGS else "ru"


__all__ = ["REASONS", "TABLE", "key_of", "explain", "for_json", "cli_lang", "LANGS"]
