"""Precision audit of the rules of stop 43 (rubaudit182) on acts they were not written on.

The Budget Code's recipients of a subsidy (ст. 78: «юридическим лицам …, индивидуальным предпринимателям», in the
dative: to whom the money goes; or the genitive of whose costs it covers) say who receives, no small-business topic — in a title too (rubrand179). The same
two words in the genitive or after «поддержка» name the businesses themselves: a register of those supported, their
registration, the support given to them are business's, as they were before that rule.

Cases in our own wording (a fictional Приозёрный район / Приозёрное поселение).
"""
import pytest

from tests.rubric_helpers import ruled, scheme_fixture

real = scheme_fixture()


@pytest.mark.parametrize("title", [
    "Об утверждении Порядка формирования реестра юридических лиц и индивидуальных предпринимателей - получателей "
    "муниципальной поддержки в Приозёрном районе",
    "О мерах поддержки юридических лиц и индивидуальных предпринимателей, пострадавших от наводнения",
    "Об оказании имущественной поддержки юридическим лицам и индивидуальным предпринимателям Приозёрного поселения",
    "О содействии государственной регистрации юридических лиц и индивидуальных предпринимателей в Приозёрном районе",
])
def test_businesses_named_not_as_a_subsidys_recipients_stay_business(real, title):
    assert "business" in ruled(real, title), title


# The recipients' formula itself still says only who receives (rubrand179's case, said otherwise).
@pytest.mark.parametrize("title", [
    "О предоставлении из бюджета Приозёрного района субсидий юридическим лицам, индивидуальным "
    "предпринимателям, физическим лицам на возмещение затрат по перевозке почты",
    "О порядке предоставления грантов юридическим лицам (кроме государственных (муниципальных) учреждений) и "
    "индивидуальным предпринимателям на проведение ремонта памятников",
    "О порядке предоставления субсидий на возмещение затрат юридических лиц (кроме казенных учреждений) и "
    "индивидуальных предпринимателей, связанных с перевозкой почты в Приозёрном районе",
])
def test_a_subsidys_recipients_formula_is_no_business(real, title):
    assert "business" not in ruled(real, title), title
