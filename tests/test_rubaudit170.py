"""Precision audit of the session's new rubric rules on unlabelled act texts (rubaudit170).

The acts of the requisites samples carry no rubric gold; where a rule added this session filed one of them under a
second code plainly wrongly, the class of wording is taught here, in our own wording (a fictional Заречный район,
Сосновское сельское поселение), with the counter-case the rule was made for kept beside it.
"""
from tests.rubric_helpers import filed, ruled, scheme_fixture

real = scheme_fixture()


# An explanatory note «к проекту постановления об отнесении земель …» is the note to one draft and speaks of that
# draft's subject (here protected land): only the bare heading of the note's form (to a draft decision of the council,
# its subject left to be filled in) is the procedure of law-making that lsg takes (rubrand158).
def test_explanatory_note_naming_its_drafts_subject_adds_no_lsg(real):
    text = ("Постановление О создании особо охраняемой природной территории местного значения «Сосновая роща»\n"
            "Пояснительная записка к проекту постановления об отнесении земель к землям особо охраняемых "
            "территорий местного значения\nЛесной массив площадью 40 га у деревни Сосновка предлагается отнести к "
            "особо охраняемым природным территориям местного значения Заречного района.")
    got = ruled(real, None, text)
    assert "environment" in got and "lsg" not in got


def test_the_notes_form_heading_without_a_subject_stays_lsg(real):
    text = ("Приложение 2 к Порядку\n\n      ПОЯСНИТЕЛЬНАЯ ЗАПИСКА\n      К ПРОЕКТУ РЕШЕНИЯ СОВЕТА ДЕПУТАТОВ\n"
            "      СОСНОВСКОГО СЕЛЬСКОГО ПОСЕЛЕНИЯ\nПредмет правового регулирования и обоснование необходимости "
            "принятия\n______________________\nИсполнитель          Подпись          Дата")
    assert "lsg" in filed(real, None, text)
