"""Which Russian morphology: PyStemmer, Whoosh's Snowball stemmer or pymorphy3?

    .venv/bin/python bench/analysis.py

Quality on the words of our domain:
* joined: groups of forms of one word that a query must match
  (``ярмарки``/``ярмарок``, ``выборы``/``выборах``...): share of groups whose
  forms all get one index key;
* kept apart: pairs of different words that must not share a key
  (``выбор``/``выборы``, ``правый``/``право``...): share kept apart;
* retrieval: the 45 titles of ../shared/realdocs/gold.jsonl queried with
  their own topic words in other forms (recall of all-words matching).
Speed: index keys per second on generated legal text, cold and warm cache.
"""
from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

GROUPS = [
    "ярмарка ярмарки ярмарок ярмаркам ярмарках", "выборы выборов выборах выборам",
    "кладбище кладбища кладбищ кладбищах", "погребение погребения погребении",
    "постановление постановления постановлений постановлением",
    "распоряжение распоряжения распоряжений", "решение решения решений решении",
    "участок участка участков участки", "депутат депутата депутатов депутатами",
    "ёлочный елочных ёлочного ёлочные", "базар базаров базары", "закон закона законов законом",
    "поселение поселения поселений", "услуга услуги услуг услугам", "тариф тарифы тарифов",
    "земля земли земель землями", "ребёнок ребенка ребенку", "дети детей детям",
    "семья семьи семей семьям", "человек человека человеку", "год года году",
    "лес леса лесу лесов", "мост моста мосту мостов", "пожар пожара пожаров",
    "учреждение учреждения учреждений", "программа программы программ",
    "инвалид инвалида инвалидов инвалидам", "защита защиты защите", "сад сада саду садов",
    "путь пути путём", "мать матери матерям", "дочь дочери дочерям",
    "муниципальный муниципального муниципальных муниципальной",
    "избирательный избирательного избирательных избирательной",
    "организовать организовал организуют", "утвердить утвердил утверждает",
]
APART = [("выбор", "выборы"), ("право", "правый"), ("сталь", "стать"), ("мир", "мира"),
         ("организация", "организатор"), ("управление", "управляющий"), ("дело", "делегат"),
         ("земля", "земляк"), ("школа", "школьник"), ("учет", "учитель"),
         ("орган", "организм"), ("план", "планета"), ("вода", "водитель"),
         ("дорога", "дорогой"), ("место", "местный"), ("рынок", "рыночный"),
         ("лист", "листва"), ("пост", "постановление"), ("служба", "служащий"),
         ("правило", "правильный")]


def keyers():
    from search import analysis
    out = {"pymorphy3 lemma": lambda w: analysis.lemma(analysis.fold(w))}
    try:
        import Stemmer
        st = Stemmer.Stemmer("russian")
        out["PyStemmer"] = lambda w: st.stemWord(analysis.fold(w))
    except ImportError:
        pass
    from whoosh.lang.snowball.russian import RussianStemmer
    sn = RussianStemmer()
    out["whoosh snowball"] = lambda w: sn.stem(analysis.fold(w))
    return out


def retrieval(key) -> float:
    """Titles of the real documents vs. their topics in other word forms."""
    gold = [json.loads(line) for line in open(REPO.parent / "shared/realdocs/gold.jsonl",
                                              encoding="utf-8")]
    docs = [(g["file"], set(key(w) for w in re.findall(r"[^\W\d_]+", (g.get("title") or "")
                                                       + " " + " ".join(g["topics"]))))
            for g in gold]
    # the topics as a reader types them: plural/oblique forms
    queries = {"кладбищах": "кладбища", "похоронном деле": "похоронное дело",
               "ярмарок": "ярмарки", "тарифам": "тарифы", "земельных участков": "земельные участки",
               "защите информации": "защита информации", "персональных данных": "персональные данные",
               "генерального плана": "генеральный план", "спортом": "спорт",
               "гражданской обороне": "гражданская оборона", "ёлочный базар": "ёлочные базары",
               "образовательного стандарта": "образовательный стандарт",
               "государственной услуги": "государственные услуги",
               "чрезвычайной ситуации": "чрезвычайные ситуации", "экологического": "экология"}
    found = wanted = 0
    for q, topic in queries.items():
        qk = [key(w) for w in q.split()]
        rel = {g["file"] for g in gold if topic in g["topics"]}
        hit = {f for f, ks in docs if all(k in ks for k in qk)}
        wanted += len(rel)
        found += len(rel & hit)
    return found / max(1, wanted)


def speed(key, words, reps=1) -> float:
    t = time.perf_counter()
    for _ in range(reps):
        for w in words:
            key(w)
    return len(words) * reps / (time.perf_counter() - t)


def main():
    from bench.search import Fund
    f = Fund(200)
    text = " ".join(f.record(i).text for i in range(200))
    words = re.findall(r"[^\W\d_]+", text.lower())
    print(f"{'analyzer':<18}{'joined':>8}{'apart':>8}{'retrieval':>11}{'cold w/s':>12}{'warm w/s':>12}")
    for name, key in keyers().items():
        joined = sum(len({key(w) for w in g.split()}) == 1 for g in GROUPS) / len(GROUPS)
        apart = sum(key(a) != key(b) for a, b in APART) / len(APART)
        ret = retrieval(key)
        cold = speed(key, words[:20000])
        warm = speed(key, words[:20000], reps=3)
        print(f"{name:<18}{joined:>8.2f}{apart:>8.2f}{ret:>11.2f}{cold:>12,.0f}{warm:>12,.0f}")
    print("(pymorphy3 is cached per word form in search.analysis.lemma; 'cold' includes "
          "filling the cache; the stemmers have no cache)")


if __name__ == "__main__":
    main()
