"""Helpers the tests share: realistic records, the gold records of realdocs,
a WSGI client. Tests import from here, never from one another.
"""
from __future__ import annotations

import io
import json
import re
from urllib.parse import unquote_to_bytes, urlencode, urlsplit
from wsgiref.util import setup_testing_defaults

import pytest

from ingest.records import Publication, Record, Rubric, Source
from tests.gold import REALDOCS

PASSWORD = "верный-пароль-1"


# --- records in the acts' own style (requisites from realdocs' gold) -----------

def make_record(i, kind, number, date, body, title, text, rubrics, level="municipal",
         pub=None, received="2025-01-15T10:00:00Z", file_name=None):
    return Record(
        id=f"r{i:02d}",
        source=Source(file_name=file_name or f"doc{i:02d}.pdf", sha256=f"{i:064x}",
                      media_type="application/pdf", pages=2),
        received_at=received, kind=kind, number=number, date=date, body=body,
        level=level, title=title,
        publication=Publication(name=pub, issue="12", date=date, page="3") if pub else None,
        rubrics=tuple(Rubric(c, c) for c in rubrics), text=text, warnings=())


BRYANSK = "Брянская городская администрация"
FSTEK = "ФЕДЕРАЛЬНАЯ СЛУЖБА ПО ТЕХНИЧЕСКОМУ И ЭКСПОРТНОМУ КОНТРОЛЮ (ФСТЭК России)"
RYBINSK = "Администрация Рыбинского муниципального района"


def sample_records() -> list[Record]:
    R = []
    R.append(make_record(1, "постановление", "1797-п", "2024-05-21", BRYANSK,
                  "О создании места погребения в р.п. Белые Берега Фокинского района города Брянска",
                  "В соответствии с Федеральным законом от 12.01.1996 № 8-ФЗ «О погребении и "
                  "похоронном деле» Брянская городская администрация постановляет:\n\n"
                  "1. Создать место погребения (кладбище) на земельном участке в р.п. Белые Берега.\n\n"
                  "2. Опубликовать настоящее постановление в газете «Брянск».",
                  ["housing", "land"], pub="Брянск"))
    R.append(make_record(2, "постановление", "2067-зп", "2024-06-03", BRYANSK,
                  "Об организации и проведении специализированной (тематической) ярмарки МУСП по ВПД г. Брянска",
                  "Руководствуясь Федеральным законом № 131-ФЗ «Об общих принципах организации местного "
                  "самоуправления в Российской Федерации», в целях обеспечения населения товарами "
                  "постановляю: провести специализированную ярмарку на площади Ленина. "
                  "Утвердить план мероприятий по организации ярмарки и продажи товаров.",
                  ["business"]))
    R.append(make_record(3, "постановление", "4772-зп", "2024-11-28", BRYANSK,
                  "Об организации и проведении специализированных ярмарок (ёлочных базаров) МУСП по ВПД г. Брянска",
                  "Организовать елочные базары с 15 декабря по 31 декабря. Места проведения ярмарок "
                  "определить согласно приложению. Контроль за исполнением возложить на заместителя главы.",
                  ["business"]))
    R.append(make_record(4, "постановление", "145-п", "2024-03-12", "Администрация Андроповского муниципального округа Ставропольского края",
                  "Об утверждении муниципальной программы «Социальная поддержка граждан»",
                  "Утвердить муниципальную программу социальной поддержки граждан, в том числе "
                  "инвалидов и семей с детьми, на 2024-2026 годы. Финансирование программы "
                  "осуществляется за счёт средств местного бюджета.",
                  ["social", "social.disabled", "budget"], pub="Призыв"))
    R.append(make_record(5, "постановление", "145", "2011-03-04", RYBINSK,
                  "О создании муниципального казенного образовательного учреждения дополнительного образования детей",
                  "Создать муниципальное казенное образовательное учреждение дополнительного "
                  "образования детей «Детско-юношеская спортивная школа». Утвердить устав учреждения.",
                  ["education", "culture"]))
    R.append(make_record(6, "распоряжение", "17-л/с", "2014-05-21", RYBINSK,
                  "О назначении на должность Григорьева М.В.",
                  "Назначить Григорьева Михаила Владимировича на должность директора спортивной "
                  "школы с 22 мая 2014 года.",
                  ["personnel"]))
    R.append(make_record(7, "решение", "12/3", "2023-09-14", "Совет депутатов Краснопольского сельского поселения",
                  "О назначении выборов депутатов Совета депутатов Краснопольского сельского поселения",
                  "Назначить выборы депутатов Совета депутатов на 10 сентября. Избирательной "
                  "комиссии обеспечить подготовку избирательных участков.",
                  ["elections"], received="2023-09-20T08:00:00Z"))
    R.append(make_record(8, "распоряжение", "45-р", "2023-06-01", RYBINSK,
                  "Об образовании избирательных участков для проведения выборов",
                  "Образовать избирательные участки для проведения голосования на выборах "
                  "депутатов. Списки участков опубликовать в газете.",
                  ["elections"], received="2023-06-05T08:00:00Z"))
    R.append(make_record(9, "распоряжение", "12-р", "2022-02-10", RYBINSK,
                  "О проведении выборов в органы ученического самоуправления",
                  "Провести в школах района выборы в органы ученического самоуправления.",
                  ["education"], received="2022-02-11T08:00:00Z"))
    R.append(make_record(10, "приказ", "17", "2013-02-11", FSTEK,
                  "Об утверждении Требований о защите информации, не составляющей государственную тайну, "
                  "содержащейся в государственных информационных системах",
                  "Утвердить прилагаемые Требования о защите информации, не составляющей "
                  "государственную тайну, содержащейся в государственных информационных системах.",
                  ["law"], level="federal"))
    R.append(make_record(11, "приказ", "17", "2019-08-27", "муниципальное учреждение «Спортивная школа Рыбинского муниципального района»",
                  "Об утверждении плана работы на 2019-2020 тренировочный год",
                  "Утвердить план работы спортивной школы. Ответственным назначить заместителя директора.",
                  ["culture"]))
    R.append(make_record(12, "закон", "131-ФЗ", "2003-10-06", "Президент Российской Федерации",
                  "Об общих принципах организации местного самоуправления в Российской Федерации",
                  "Настоящий Федеральный закон устанавливает общие правовые, территориальные, "
                  "организационные и экономические принципы организации местного самоуправления.",
                  ["lsg", "law"], level="federal"))
    R.append(make_record(13, "решение", "5", "2021-02-04", "Совет депутатов Краснопольского сельского поселения",
                  "О передаче осуществления части полномочий по решению вопросов местного значения",
                  "Передать полномочия по организации ритуальных услуг и содержанию мест "
                  "захоронения. Решение вступает в силу после опубликования.",
                  ["lsg", "housing"]))
    return R



# --- records built from the hand-checked gold of ../shared/realdocs -----------

MEDIA = {"pdf": "application/pdf", "html": "text/html", "txt": "text/plain",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "doc": "application/msword", "rtf": "application/rtf", "png": "image/png",
         "odt": "application/vnd.oasis.opendocument.text"}
RECEIVED = "2026-11-20T10:00:00+00:00"


def rec(*, kind=None, number=None, date=None, body=None, title=None, level=None,
        publication=None, media="application/pdf", rid="x-1", received=RECEIVED,
        rubrics=()) -> Record:
    return Record(id=rid, source=Source("f", "0" * 64, media, None), received_at=received,
                  kind=kind, number=number, date=date, body=body, level=level, title=title,
                  publication=publication, rubrics=tuple(Rubric(c, c) for c in rubrics),
                  text="", warnings=())


def gold_records() -> dict[str, Record]:
    path = REALDOCS / "gold.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        pub = d.get("publication")
        if isinstance(pub, str):  # the portal's line, as the reader splits it
            pub = Publication("Официальный интернет-портал правовой информации (www.pravo.gov.ru)",
                              "0001202105240012", "2021-05-24", None)
        elif pub:
            pub = Publication(**pub)
        out[d["file"][:2]] = rec(kind=d["kind"], number=d["number"], date=d["date"],
                                 body=d["body"], title=d["title"], level=d["level"],
                                 publication=pub, media=MEDIA[d["file"].rsplit(".", 1)[1]],
                                 rid=d["file"][:2])
    return out



# --- a fund imported from a delivery folder, with a staff account ----------------

def imported_fund(root, delivery, password: str = PASSWORD, user: str = "librarian", limits=None):
    """Import ``delivery`` into ``root/fund`` as a batch does (``limits``: e.g.
    ``Limits(ocr=False)``), index it, add one staff user; the web, browser,
    desk and RUSMARC tests start from this."""
    from ingest.formats import DEFAULT_LIMITS
    from ingest.fund import Fund
    from ingest.pipeline import Batch
    from ingest.settings import scheme_path
    from search.sync import sync_index
    from search.web import auth
    home = root / "fund"
    fund = Fund(home)
    Batch(fund, jobs=1, scheme_path=scheme_path(home),
          limits=limits or DEFAULT_LIMITS).run([delivery])
    sync_index(fund)
    auth.add_user(fund.db, user, password)
    fund.close()
    return home


def fund_of_texts(root, texts: dict[str, str], encoding: str = "utf-8"):
    """``imported_fund`` of a delivery of text files (file name -> text)."""
    delivery = root / "delivery"
    delivery.mkdir()
    for name, text in texts.items():
        (delivery / name).write_text(text, encoding=encoding)
    return imported_fund(root, delivery)


# --- the web page called as a WSGI callable (no sockets) -----------------------

class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


class Resp:
    def __init__(self, status: str, headers: list, body: bytes):
        self.status = int(status.split()[0])
        self.header_list = headers
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


class Client:
    """A browser in miniature: keeps cookies, sends forms."""

    def __init__(self, app, client_ip: str = "127.0.0.1"):
        self.app = app
        self.cookies: dict[str, str] = {}
        self.ip = client_ip

    def request(self, method: str, target: str, data=None, *, body: bytes | None = None,
                content_type: str | None = None, headers: dict | None = None,
                environ: dict | None = None) -> Resp:
        parts = urlsplit(target)
        env: dict = {}
        setup_testing_defaults(env)
        # a server hands path and query to WSGI as latin-1 decoded bytes
        env.update(REQUEST_METHOD=method, PATH_INFO=unquote_to_bytes(parts.path).decode("latin-1"),
                   QUERY_STRING=parts.query.encode("utf-8").decode("latin-1"),
                   HTTP_HOST="127.0.0.1:8000", REMOTE_ADDR=self.ip,
                   HTTP_COOKIE="; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if data is not None:
            body = urlencode(data, doseq=True).encode("utf-8")
            content_type = "application/x-www-form-urlencoded"
        body = body or b""
        env["wsgi.input"] = io.BytesIO(body)
        env["CONTENT_LENGTH"] = str(len(body)) if body or method == "POST" else ""
        if content_type:
            env["CONTENT_TYPE"] = content_type
        for k, v in (headers or {}).items():
            env["HTTP_" + k.upper().replace("-", "_")] = v
        env.update(environ or {})
        got = {}

        def start_response(status, hdrs):
            got["status"], got["headers"] = status, hdrs
        out = b"".join(self.app(env, start_response))
        for k, v in got["headers"]:  # what wsgiref can put on the wire
            (k + v).encode("latin-1")
            assert "\r" not in v and "\n" not in v
        r = Resp(got["status"], got["headers"], out)
        for k, v in got["headers"]:
            if k.lower() == "set-cookie":
                name, _, rest = v.partition("=")
                value = rest.split(";")[0]
                if "Max-Age=0" in v:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = value
        return r

    def get(self, target: str, **kw) -> Resp:
        return self.request("GET", target, **kw)

    def post(self, target: str, data=None, **kw) -> Resp:
        return self.request("POST", target, data, **kw)

    def csrf(self, page: str = "/") -> str:
        html = self.get(page).text
        return re.search(r'name="csrf" value="([^"]+)"', html).group(1)

    def login(self, user: str = "librarian", password: str = PASSWORD) -> Resp:
        token = self.csrf("/login")
        return self.post("/login", {"user": user, "password": password, "csrf": token,
                                    "next": "/"})


def records_written(home, url: str = "") -> int:
    """Records an importer running in another process has committed so far
    (the catalog of ``url``, "" its SQLite file); 0 while it is still
    creating the catalog. What the kill -9 tests wait on."""
    from ingest.fund import Fund
    if not url and not (home / "catalog.sqlite").exists():
        return 0
    try:
        fund = Fund(home, create=False, url=url)
        try:
            return fund.count_records()
        finally:
            fund.close()
    except Exception:   # the schema is being created
        return 0


def resolution(date: str, number: str, title: str, body: str) -> str:
    """A resolution of the fictional Заречный округ, as its administration prints one."""
    return f"""АДМИНИСТРАЦИЯ
ЗАРЕЧНОГО МУНИЦИПАЛЬНОГО ОКРУГА
ТЕСТОВСКОЙ ОБЛАСТИ

ПОСТАНОВЛЕНИЕ

от {date} № {number}

г. Заречный

{title}

{body}
Глава Заречного муниципального округа И.В. Соколов
"""
