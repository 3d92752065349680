"""A question the query layer cannot read, and why, in Russian and English.

Readers type what they type, and most slips are read kindly (words in any
form, a stray ``-``). But a question made only of operators (``И ИЛИ НЕ``),
an unclosed quote, an unbalanced parenthesis or an operator with nothing on
one side used to be read as "no words" and returned the whole fund, which
looks like an answer. ``parse.check_syntax`` raises ``QueryError`` for
those instead; every front end shows its message: the web page above the
empty results, the API as a 400 JSON error, the CLI as ``Error: …`` with
exit status 1.

The messages live here, not in the web's i18n, because the CLI and the API
show them too and the query layer knows nothing of the web.
"""
from __future__ import annotations

MAX_QUERY_CHARS = 1000          # a question longer than this is refused, not cut

_RU = {
    "too_long": "Запрос слишком длинный: {n} знаков, допустимо не больше {max}. "
                "Сократите его до главных слов или реквизитов.",
    "no_words": "В запросе только операторы ({ops}) и нет слов для поиска. "
                "Напишите слова, например: ярмарки ИЛИ рынки.",
    "unclosed_quote": "Кавычка {q} не закрыта: фразу берут в кавычки с двух сторон "
                      "(«место погребения»). Закройте её или уберите.",
    "empty_phrase": "В кавычках нет слов: {q}. Напишите фразу внутри кавычек или уберите их.",
    "unclosed_paren": "Скобка «(» не закрыта: на каждую «(» нужна «)».",
    "extra_paren": "Лишняя закрывающая скобка «)»: перед ней нет «(».",
    "empty_parens": "В скобках «()» нет слов.",
    "op_first": "Оператор «{op}» стоит в начале запроса: перед ним нужно слово "
                "(ярмарки {op} рынки).",
    "op_last": "После оператора «{op}» нет слова: допишите его или уберите оператор.",
    "ops_together": "Операторы «{a}» и «{b}» стоят подряд: между ними нужно слово.",
    "unknown_rubric": "Рубрики «{value}» в рубрикаторе нет. {hint}",
    "rubric_near": "Возможно, имелась в виду: {codes}.",
    "rubric_top": "Рубрики верхнего уровня: {codes}.",
    "unknown_territory": "{what} «{value}» в фонде нет. {hint}",
    "territory_near": "Близкие в фонде: {names}.",
    "territory_many": "Под это название подходят: {names} — уточните.",
    "territory_none": "Акты фонда с таким названием не найдены.",
    "t_region": "Региона", "t_municipality": "Муниципалитета",
}

_EN = {
    "too_long": "The query is too long: {n} characters, at most {max} are allowed. "
                "Shorten it to the main words or requisites.",
    "no_words": "The query has only operators ({ops}) and no words to search for. "
                "Type words, e.g. ярмарки OR рынки.",
    "unclosed_quote": "The quote {q} is not closed: a phrase is quoted on both sides "
                      "(\"место погребения\"). Close it or remove it.",
    "empty_phrase": "There are no words in the quotes: {q}. Type a phrase inside them or remove them.",
    "unclosed_paren": "A parenthesis “(” is not closed: every “(” needs a “)”.",
    "extra_paren": "An extra closing parenthesis “)”: there is no “(” before it.",
    "empty_parens": "There are no words in the parentheses “()”.",
    "op_first": "The operator “{op}” starts the query: it needs a word before it "
                "(ярмарки {op} рынки).",
    "op_last": "There is no word after the operator “{op}”: add one or remove the operator.",
    "ops_together": "The operators “{a}” and “{b}” stand together: a word must come between them.",
    "unknown_rubric": "There is no rubric “{value}” in the scheme. {hint}",
    "rubric_near": "Did you mean: {codes}.",
    "rubric_top": "Top-level rubrics: {codes}.",
    "unknown_territory": "There is no {what} “{value}” in the fund. {hint}",
    "territory_near": "Nearest in the fund: {names}.",
    "territory_many": "The name fits: {names} — be more precise.",
    "territory_none": "No act of the fund has such a name.",
    "t_region": "region", "t_municipality": "municipality",
}

MESSAGES = {"ru": _RU, "en": _EN}


class QueryError(ValueError):
    """A question that cannot be read; ``key`` names the reason, ``params``
    its details; ``str()`` is the Russian message, ``text(lang)`` either."""

    def __init__(self, key: str, **params):
        self.key, self.params = key, params
        super().__init__(self.text("ru"))

    def text(self, lang: str = "ru") -> str:
        table = MESSAGES.get(lang, _RU)
        return (table.get(self.key) or _RU[self.key]).format(**self.params)

    def to_dict(self, lang: str = "ru") -> dict:
        """The API's error body: the reason's key and the message."""
        return {"error": self.text(lang), "reason": self.key, **{
            k: v for k, v in self.params.items() if isinstance(v, (int, str))}}


class UnknownRubric(QueryError):
    """A rubric filter that names no rubric of the scheme (``rubric_names.resolve``)."""

    def __init__(self, value: str, near=(), top=()):
        self.value, self.near, self.top = value, tuple(near), tuple(top)
        super().__init__("unknown_rubric", value=value)

    def text(self, lang: str = "ru") -> str:
        table = MESSAGES.get(lang, _RU)
        hint = (table["rubric_near"].format(codes=", ".join(self.near)) if self.near
                else table["rubric_top"].format(codes=", ".join(self.top)))
        return table["unknown_rubric"].format(value=self.value, hint=hint)


class UnknownTerritory(QueryError):
    """A region or municipality filter that names none of the fund's
    (``territory_names.resolve``): ``near`` the nearest names, or the many
    it fits when ``many``."""

    def __init__(self, field: str, value: str, near=(), many: bool = False):
        self.field, self.value, self.near, self.many = field, value, tuple(near), many
        super().__init__("unknown_territory", value=value)

    def text(self, lang: str = "ru") -> str:
        table = MESSAGES.get(lang, _RU)
        names = ", ".join(self.near)
        hint = (table["territory_many"] if self.many else table["territory_near"]).format(
            names=names) if self.near else table["territory_none"]
        what = table["t_municipality" if self.field == "municipality" else "t_region"]
        return table["unknown_territory"].format(what=what, value=self.value, hint=hint)
