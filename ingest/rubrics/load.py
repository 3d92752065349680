"""``rubrics.yaml`` read and checked: a ``Scheme``, or every problem with its line.

Each rubric has rules:

``terms``
    words or word sequences matched in every word form: a text token matches a
    term word when one of the token's lemmas (pymorphy3) is the term word's
    lemma, so ``избирательный участок`` matches ``избирательных участков``.
    A term word ending in ``*`` matches any lemma starting with it
    (``антикоррупц*``).
``phrases``
    literal strings, matched case-insensitively (ё = е) on word boundaries.
``regex``
    one pattern, compiled at load, run on bounded input (see ``match.REGEX_INPUT``).
``any`` / ``all`` / ``not``
    combinations of rules. A top-level ``not`` vetoes the rubric.

A rule may say ``where`` it looks (``title``, ``text``, ``both``; default
both) and carry a ``weight`` (default 1); a rubric, its ``threshold``
(default ``DEFAULT_THRESHOLD``). The scheme may add boilerplate patterns
under ``ignore``, organisation names under ``title_ignore`` and ``mask``
terms that hide the words they cover.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import regex
import yaml

from ingest.edited import read_edited
from ingest.morph import fold, parses

from . import cache
from .prefilter import needed, scanned
from .rules import DEFAULT_THRESHOLD, Combo, Leaf, RubricDef
from .scheme import Scheme
from .text import normalize

# The fixed top level (../shared/spec/rubrics.md).
TOP_LEVEL = (
    "lsg", "social", "elections", "budget", "economy", "business", "housing",
    "land", "environment", "transport", "education", "culture", "health",
    "safety", "labor", "statistics", "personnel", "law",
)

RUBRIC_KEYS = {"code", "label_ru", "label_en", "threshold", "rules", "note"}
MATCHERS = ("terms", "phrases", "regex", "any", "all", "not")
RULE_KEYS = set(MATCHERS) | {"where", "weight", "note"}
WHERE = ("title", "text", "both")
SCHEME_KEYS = {"rubrics", "ignore", "title_ignore", "mask", "version"}
CODE_RE = re.compile(r"^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$")


class SchemeError(Exception):
    """The scheme file cannot be used; ``problems`` lists every problem."""

    def __init__(self, path: str, problems: list["Problem"]):
        self.path = path
        self.problems = problems
        super().__init__(
            f"{path}: {len(problems)} problem(s)\n"
            + "\n".join(f"  line {p.line}: {p.message}" for p in problems))


@dataclass(frozen=True)
class Problem:
    line: int  # 1-based; 0 when the problem concerns the whole file
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def term_lemma(word: str) -> str:
    """The lemma a term word stands for: its first parse, as written."""
    word = fold(word)
    if len(word) < 2 or any(c.isdigit() for c in word):
        return word
    forms = [p.normal_form.replace("ё", "е") for p in parses(word)]
    # a term written in its dictionary form means that word ("устав" the
    # charter, not the gerund of "устать"; "выборы", not "выбор")
    return word if word in forms else (forms[0] if forms else word)


def default_scheme_path() -> Path:
    return Path(__file__).resolve().parents[2] / "rubrics.yaml"


_NESTED_QUANT = re.compile(r"\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]")


class Entry(NamedTuple):
    """A key of a YAML mapping and its value, as nodes (their lines for the problems)."""
    key: yaml.Node
    value: yaml.Node


class Item(NamedTuple):
    """A string of the scheme and its line."""
    text: str
    line: int


@dataclass
class Terms:
    """A ``terms`` rule's lemma sequences and the terms as written."""
    lemmas: list[tuple[str, ...]]
    shown: list[str]


@dataclass
class Checked:
    """The scheme, or None with every problem found (sorted by line)."""
    scheme: Scheme | None
    problems: list[Problem]


class _Loader:
    """Turns composed YAML nodes into rubric definitions, collecting problems."""

    def __init__(self):
        self.problems: list[Problem] = []
        self._scalar = yaml.SafeLoader("")

    def err(self, node_or_line, msg: str):
        line = node_or_line if isinstance(node_or_line, int) else node_or_line.start_mark.line + 1
        self.problems.append(Problem(line, msg))

    def scalar(self, node):
        if isinstance(node, yaml.ScalarNode):
            return self._scalar.construct_object(node)
        return node

    def mapping(self, node, what: str) -> dict[str, Entry] | None:
        """key -> Entry; reports duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            self.err(node, f"{what} must be a mapping")
            return None
        out = {}
        for k, v in node.value:
            key = self.scalar(k)
            if not isinstance(key, str):
                self.err(k, f"{what}: key must be a string")
                continue
            if key in out:
                self.err(k, f"{what}: duplicate key '{key}'")
                continue
            out[key] = Entry(k, v)
        return out

    def positive(self, m: dict[str, Entry], key: str, default: float, problem: str) -> float:
        """``m[key]`` as a positive number; ``default`` when it is absent or is
        not one (then ``problem``, formatted with the ``value``, is reported)."""
        if key not in m:
            return default
        v = self.scalar(m[key].value)
        if isinstance(v, bool) or not isinstance(v, (int, float)) or v <= 0:
            self.err(m[key].value, problem.format(value=v))
            return default
        return float(v)

    def strings(self, node, what: str) -> list[Item]:
        if isinstance(node, yaml.ScalarNode):
            items = [node]
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            self.err(node, f"{what} must be a string or a list of strings")
            return []
        out = []
        for it in items:
            v = self.scalar(it) if isinstance(it, yaml.ScalarNode) else None
            if not isinstance(v, str) or not v.strip():
                self.err(it, f"{what}: empty or non-string entry")
                continue
            out.append(Item(v.strip(), it.start_mark.line + 1))
        if not out and not any(p.line == node.start_mark.line + 1 for p in self.problems):
            self.err(node, f"empty rule: '{what}' lists nothing")
        return out

    def terms(self, node, what: str) -> Terms:
        items, shown = [], []
        for s, line in self.strings(node, what):
            words = [w for w in re.split(r"\s+", fold(s)) if w]
            bad = [w for w in words if not re.fullmatch(r"[а-яa-z0-9-]+\*?", w)]
            if bad:
                self.err(line, f"term {s!r}: only letters, digits, '-' and a final '*' (use phrases or regex): {bad[0]!r}")
                continue
            items.append(tuple(w if w.endswith("*") else term_lemma(w) for w in words))
            shown.append(s)
        return Terms(items, shown)

    def rule(self, node, inherit_where: str = "both"):
        m = self.mapping(node, "rule")
        if m is None:
            return None
        for key, (kn, _) in m.items():
            if key not in RULE_KEYS:
                self.err(kn, f"unknown key '{key}' in rule (expected one of: {', '.join(sorted(RULE_KEYS))})")
        matchers = [k for k in MATCHERS if k in m]
        if not matchers:
            self.err(node, "empty rule: give one of " + ", ".join(MATCHERS))
            return None
        if len(matchers) > 1:
            self.err(node, f"a rule has one matcher, found {', '.join(matchers)}: split it or use all/any")
            return None
        where = inherit_where
        if "where" in m:
            w = self.scalar(m["where"].value)
            if w not in WHERE:
                self.err(m["where"].value, f"where must be one of {', '.join(WHERE)}, not {w!r}")
            else:
                where = w
        weight = self.positive(m, "weight", 1.0, "weight must be a positive number, not {value!r}")
        kind = matchers[0]
        kn, vn = m[kind]
        if kind == "terms":
            terms = self.terms(vn, "terms")
            return Leaf("terms", terms.lemmas, terms.shown, where, weight) if terms.lemmas else None
        if kind == "phrases":
            shown = [item.text for item in self.strings(vn, "phrases")]
            if not shown:
                return None
            alts = "|".join("(" + re.escape(normalize(p)).replace(r"\ ", r"\s+") + ")" for p in shown)
            return Leaf("phrases", [re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)")], shown, where, weight)
        if kind == "regex":
            pats = self.strings(vn, "regex")
            if len(pats) != 1 or not isinstance(vn, yaml.ScalarNode):
                if pats:
                    self.err(vn, "regex takes one pattern (use any: for several)")
                return None
            pat, line = pats[0]
            rx = compile_regex(pat, line, self)
            # items: the pattern, the literals one of which a text holds where it matches
            # (``needed``), and those one of which begins each match (``scanned``: None where short)
            return Leaf("regex", [rx, needed(rx.pattern), scanned(rx.pattern)], [pat], where, weight) if rx else None
        # any / all / not
        if kind == "not":
            sub = self.rule(vn, where)
            return Combo("not", [sub], where, weight) if sub else None
        if not isinstance(vn, yaml.SequenceNode) or not vn.value:
            self.err(vn, f"empty rule: '{kind}' needs a list of rules")
            return None
        parts = [self.rule(x, where) for x in vn.value]
        if any(p is None for p in parts):
            return None
        return Combo(kind, parts, where, weight)


def compile_regex(pat: str, line: int, loader: _Loader | None = None):
    """Compile a scheme regex, refusing patterns that can backtrack badly.

    Python's ``re`` cannot be interrupted, so scheme regexes run on the
    ``regex`` package (as paperless-ngx does) with a per-search ``timeout``
    (``match.REGEX_SECONDS``) over bounded input (``match.REGEX_INPUT`` characters); nested
    quantifiers such as ``(a+)+`` are refused at load, before they ever run.
    """
    def bad(msg):
        if loader:
            loader.err(line, msg)
        return None
    try:
        # the text is matched lower-cased with ё folded to е
        rx = regex.compile(pat.replace("ё", "е").replace("Ё", "Е"), regex.IGNORECASE | regex.V0)
    except regex.error as e:
        return bad(f"bad regex {pat!r}: {e}")
    if _NESTED_QUANT.search(pat):
        return bad(f"regex {pat!r} nests quantifiers (like (a+)+): it may run for ever; rewrite it")
    if rx.search(""):
        return bad(f"regex {pat!r} matches the empty string")
    return rx


def check_text(source: str, path: str = "<scheme>") -> Checked:
    ld = _Loader()
    try:
        root = yaml.compose(source)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
        line = mark.line + 1 if mark else 0
        msg = getattr(e, "problem", None) or str(e)
        return Checked(None, [Problem(line, f"not valid YAML: {msg}")])
    if root is None:
        return Checked(None, [Problem(0, "the scheme is empty")])
    top = ld.mapping(root, "the scheme")
    if top is None:
        return Checked(None, ld.problems)
    for key, (kn, _) in top.items():
        if key not in SCHEME_KEYS:
            ld.err(kn, f"unknown key '{key}' at top level (expected: {', '.join(sorted(SCHEME_KEYS))})")
    ignore = []
    if "ignore" in top:
        for pat, line in ld.strings(top["ignore"].value, "ignore"):
            rx = compile_regex(pat, line, ld)
            if rx:
                ignore.append(rx)
    title_ignore = []
    if "title_ignore" in top:
        for pat, line in ld.strings(top["title_ignore"].value, "title_ignore"):
            rx = compile_regex(pat, line, ld)
            if rx:
                try:
                    re.compile(rx.pattern)
                except re.error as e:
                    ld.err(line, f"bad regex {pat!r}: {e}")
                    continue
                title_ignore.append(rx)
    mask = []
    if "mask" in top:
        mask = ld.terms(top["mask"].value, "mask").lemmas
    if "rubrics" not in top:
        ld.err(root, "no 'rubrics' list")
        return Checked(None, ld.problems)
    rnode = top["rubrics"].value
    if not isinstance(rnode, yaml.SequenceNode):
        ld.err(rnode, "'rubrics' must be a list")
        return Checked(None, ld.problems)
    defs: list[RubricDef] = []
    seen: dict[str, int] = {}
    for item in rnode.value:
        line = item.start_mark.line + 1
        m = ld.mapping(item, "rubric")
        if m is None:
            continue
        for key, (kn, _) in m.items():
            if key not in RUBRIC_KEYS:
                ld.err(kn, f"unknown key '{key}' in rubric (expected one of: {', '.join(sorted(RUBRIC_KEYS))})")
        code = ld.scalar(m["code"].value) if "code" in m else None
        if not isinstance(code, str) or not code:
            ld.err(item, "rubric without a code")
            continue
        if not CODE_RE.match(code):
            ld.err(m["code"].value, f"bad code {code!r}: lower-case latin words joined by '.'")
            continue
        if code in seen:
            ld.err(m["code"].value, f"duplicate code '{code}' (first at line {seen[code]})")
            continue
        seen[code] = line
        labels = {}
        for key in ("label_ru", "label_en"):
            v = ld.scalar(m[key].value) if key in m else None
            if not isinstance(v, str) or not v.strip():
                ld.err(m[key].value if key in m else item, f"rubric '{code}': missing {key}")
            labels[key] = v.strip() if isinstance(v, str) else code
        threshold = ld.positive(m, "threshold", DEFAULT_THRESHOLD,
                                f"rubric '{code}': threshold must be a positive number")
        rules = []
        if "rules" in m:
            rn = m["rules"].value
            if not isinstance(rn, yaml.SequenceNode):
                ld.err(rn, f"rubric '{code}': rules must be a list")
            elif not rn.value:
                ld.err(rn, f"rubric '{code}': empty rules list (leave 'rules' out for a manual-only rubric)")
            else:
                for rule_node in rn.value:
                    r = ld.rule(rule_node)
                    if r is not None:
                        rules.append(r)
        defs.append(RubricDef(code, labels["label_ru"], labels["label_en"], rules, threshold, line))
    for d in defs:
        if d.parent and d.parent not in seen:
            ld.err(d.line, f"unknown parent '{d.parent}' of '{d.code}'")
        if d.parent is None and d.code not in TOP_LEVEL:
            ld.err(d.line, f"unknown top-level code '{d.code}': the top level is fixed by spec/rubrics.md")
    for code in TOP_LEVEL:
        if code not in seen:
            ld.err(0, f"missing top-level rubric '{code}' (spec/rubrics.md)")
    problems = sorted(ld.problems, key=lambda p: p.line)
    if problems:
        return Checked(None, problems)
    return Checked(Scheme(defs, ignore, path, mask, title_ignore), [])


def check_scheme(path: str | Path) -> list[Problem]:
    """Every problem of the scheme file, with its line (empty when fine)."""
    try:
        source = read_edited(path)
    except (OSError, UnicodeDecodeError) as e:
        return [Problem(0, f"cannot read {path}: {e}")]
    return check_text(source, str(path)).problems


def load_scheme(path: str | Path | None = None) -> Scheme:
    """Load and validate ``rubrics.yaml``; raises ``SchemeError`` listing all problems."""
    path = Path(path) if path else default_scheme_path()
    try:
        source = read_edited(path)
    except (OSError, UnicodeDecodeError) as e:
        raise SchemeError(str(path), [Problem(0, f"cannot read: {e}")]) from e
    key = cache.key(source)
    got = cache.cached(key, str(path))
    if got is not None:
        return got
    checked = check_text(source, str(path))
    if checked.problems:
        raise SchemeError(str(path), checked.problems)
    cache.keep(key, checked.scheme)
    return checked.scheme
