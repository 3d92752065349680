"""Check set ``--set check10`` of ``bench/rubric_vocab.py``: acts about the fields the indicators for
evaluating local and regional government measure, as municipalities and regions title them.

Where the material comes from. Указ Президента РФ от 28.04.2008 № 607 «Об оценке эффективности
деятельности органов местного самоуправления муниципальных, городских округов и муниципальных районов»
(its list of indicators: small and medium business per 10,000 residents and its share of employment,
investment in fixed capital per resident, land taxed by the land tax, profitable farms, local roads
failing the norms, settlements with no regular bus link to the centre, average wages of large and medium
firms and of municipal kindergartens, schools, teachers, culture and sport institutions, children aged
one to six in pre-school education and on its waiting list, kindergartens and schools in a state of
emergency or needing capital repair, school-leavers without a certificate, schools meeting modern
requirements, children of the first and second health groups, pupils in a second shift, spending per
pupil, additional education of children aged five to eighteen, provision of clubs, libraries and parks,
culture buildings in emergency state, heritage objects needing conservation, residents doing sport,
dwelling space per resident and put into use in the year, land given for building and for housing, land
given for building with no commissioning permit, blocks of flats with a chosen form of management and on
cadastral land, utilities firms with private or concession property, residents on the housing waiting
list who got a dwelling, the share of tax and non-tax revenue, municipal firms in bankruptcy, unfinished
budget-funded construction, overdue wage arrears, spending on local government staff per resident, the
general plan adopted, residents' satisfaction with the local bodies, the average resident population,
energy consumed in blocks of flats and by municipal institutions, the independent evaluation of the
quality of services) and Указ Президента РФ от 04.02.2021 № 68 «Об оценке эффективности деятельности
высших должностных лиц субъектов Российской Федерации и деятельности исполнительных органов субъектов
Российской Федерации» (population, life expectancy, poverty, sport, the upbringing of a harmoniously
developed person, volunteering, visits to cultural events, the level of education, trust in government,
families who improved their housing, housing construction, the urban environment's quality, roads of the
agglomerations meeting the norms, air pollution, public services received electronically, the digital
maturity of the economy and the social sphere, households with broadband, real wages and incomes,
investment, employment in small and medium business, non-raw exports). Written FROM MEMORY of the two
decrees, no page read for it.

The titles are of our own wording (fictional Тестовская область, Заречный муниципальный район, Сосновское
сельское поселение, город Заречный): municipal and regional acts about each indicator's field, plus the
acts on the evaluation itself. The codes follow the house's filing as the earlier sets wrote it (the first
is the rubric the title stands under, the rest second topics: a programme is economy too only where the
earlier sets wrote so, a fee or a spending norm is budget too, a report on the local bodies' work is lsg).
Written and committed before the tagger ran on them; measured once, not fixed.
"""
from __future__ import annotations

CHECK10 = """
# оценка эффективности (Указ № 607, Указ № 68)
О докладе главы Заречного муниципального района о достигнутых значениях показателей для оценки эффективности деятельности органов местного самоуправления за 2026 год | lsg
О порядке подготовки доклада о значениях показателей эффективности деятельности органов местного самоуправления города Заречного | lsg
О выделении грантов муниципальным районам Тестовской области за достижение наилучших значений показателей эффективности деятельности органов местного самоуправления | lsg budget
О проведении опроса населения об удовлетворенности деятельностью органов местного самоуправления Заречного района | lsg
О мерах по повышению доверия граждан к органам государственной власти Тестовской области | lsg
# малое и среднее предпринимательство
Об утверждении муниципальной программы развития малого и среднего предпринимательства в Заречном районе на 2027–2031 годы | business economy
О мерах по увеличению численности занятых в сфере малого и среднего предпринимательства | business
О реестре субъектов малого и среднего предпринимательства — получателей поддержки в Сосновском сельском поселении | business
# инвестиции и экспорт
Об инвестиционном паспорте Заречного муниципального района | economy
О мерах по привлечению инвестиций в основной капитал на территории города Заречного | economy
О поддержке экспорта несырьевых товаров организациями Тестовской области | economy business
# сельское хозяйство
О мерах по повышению рентабельности сельскохозяйственных организаций Заречного района | business
О возмещении части затрат крестьянских (фермерских) хозяйств Заречного района на приобретение сельскохозяйственной техники | business budget
# земля, градостроительство
О мерах по вовлечению в налоговый оборот земельных участков, не поставленных на кадастровый учет | land budget
О подготовке проекта генерального плана городского округа город Заречный | land
О предоставлении земельных участков для индивидуального жилищного строительства многодетным семьям | land social
О мерах по сокращению объема незавершенного строительства объектов муниципальной собственности | land
О выдаче разрешений на ввод объектов в эксплуатацию на территории города Заречного | land
О комплексном освоении территории микрорайона «Северный» в целях жилищного строительства | land
# дороги и транспорт
О перечне автомобильных дорог общего пользования местного значения Заречного района, не отвечающих нормативным требованиям | transport
О ремонте автомобильных дорог местного значения в рамках регионального проекта «Дорожная сеть» | transport economy
Об организации регулярного автобусного сообщения между населенными пунктами и районным центром | transport
О приведении в нормативное состояние дорожной сети городской агломерации | transport
# заработная плата
О мерах по повышению средней заработной платы педагогических работников муниципальных общеобразовательных организаций | labor education
О повышении оплаты труда работников муниципальных учреждений культуры Заречного района | labor culture
О погашении просроченной задолженности по заработной плате в организациях Тестовской области | labor
О межведомственной комиссии по обеспечению роста реальной заработной платы | labor
# дошкольное образование
О мерах по ликвидации очередности в муниципальные дошкольные образовательные организации | education
О порядке учета детей, нуждающихся в предоставлении места в детском саду | education
О капитальном ремонте зданий муниципальных детских садов, находящихся в аварийном состоянии | education
# общее и дополнительное образование
О мерах по переводу общеобразовательных организаций Заречного района на обучение в одну смену | education
О мерах по повышению качества подготовки выпускников к государственной итоговой аттестации | education
О нормативных затратах на оказание услуг по общему образованию в расчете на одного обучающегося | education budget
О мерах по увеличению охвата детей в возрасте от 5 до 18 лет дополнительными общеобразовательными программами | education
О мерах по приведению зданий общеобразовательных организаций в соответствие с современными требованиями | education
# здоровье детей и продолжительность жизни
О проведении профилактических медицинских осмотров обучающихся общеобразовательных организаций | health education
О мерах по увеличению ожидаемой продолжительности жизни населения Тестовской области | health
О мерах по снижению смертности населения от болезней системы кровообращения | health
# культура
О мерах по обеспечению поселений Заречного района учреждениями культурно-досугового типа и библиотеками | culture
О создании парка культуры и отдыха в городе Заречном | culture
О сохранении объектов культурного наследия, находящихся в муниципальной собственности Заречного района | culture
О мерах по увеличению числа посещений культурных мероприятий | culture
# спорт, молодёжь, добровольчество
О мерах по увеличению доли населения, систематически занимающегося физической культурой и спортом | culture
О строительстве плоскостных спортивных сооружений в Сосновском сельском поселении | culture
О развитии добровольческой (волонтерской) деятельности в Заречном районе | culture
О мерах по воспитанию гармонично развитой и социально ответственной личности | culture education
# жильё и ЖКХ
О мерах по увеличению объема жилищного строительства в Тестовской области | housing land
О предоставлении жилых помещений гражданам, состоящим на учете в качестве нуждающихся в жилых помещениях | housing social
Об улучшении жилищных условий молодых семей | housing social
О проведении открытого конкурса по отбору управляющей организации для управления многоквартирными домами | housing
О государственном кадастровом учете земельных участков под многоквартирными домами | housing land
О передаче объектов водоснабжения и теплоснабжения в концессию | housing land
Об энергосбережении и повышении энергетической эффективности в муниципальных бюджетных учреждениях | housing
Об установке общедомовых приборов учета тепловой энергии в многоквартирных домах | housing
О формировании комфортной городской среды в городе Заречном | housing
# бюджет и управление
О мерах по увеличению налоговых и неналоговых доходов бюджета Заречного муниципального района | budget
О нормативах расходов на содержание органов местного самоуправления Сосновского сельского поселения | budget lsg
О мерах по предупреждению банкротства муниципальных унитарных предприятий | land business
# население, бедность
О демографической ситуации и мерах по увеличению численности населения Заречного района | social
О мерах по снижению уровня бедности в Тестовской области | social
Об оценке численности постоянного населения муниципальных образований Тестовской области | statistics
# независимая оценка качества
О проведении независимой оценки качества условий оказания услуг муниципальными организациями культуры | culture
Об общественном совете по проведению независимой оценки качества условий осуществления образовательной деятельности | education
# окружающая среда
О плане мероприятий по снижению загрязнения атмосферного воздуха в промышленном узле города Заречного | environment
# цифровые услуги и связь
О переводе массовых социально значимых государственных и муниципальных услуг в электронный вид | lsg transport
О мерах по обеспечению домохозяйств широкополосным доступом к сети Интернет | transport
О цифровой трансформации органов местного самоуправления Заречного района | lsg transport
"""
