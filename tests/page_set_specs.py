"""The held-out sets of page forms written blind (holdout3 on), one `WrittenBlind` row a set in the
order they were written, and what each must cover: checked by tests/test_page_set_coverage.py."""

from __future__ import annotations

from tests.page_set_kinds import GSOMIA_PERIODS, WrittenBlind
from tests.page_set_specs_later import LATER_SETS
from tests.page_set_specs_recent import RECENT_SETS

__all__ = ["GSOMIA_PERIODS", "ORDER", "WRITTEN_BLIND", "WrittenBlind"]

WRITTEN_BLIND = (
    WrittenBlind("holdout3", 50, 30, 30, 5, range(5, 9), range(4, 9),
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    WrittenBlind("holdout4", 50, 30, 30, 6, range(6, 11), range(6, 14),
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-signing", "gsomia-2018-extension",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-warning", "gsomia-2023-normalisation"})),
    WrittenBlind("holdout5", 40, 24, 25, 5, range(5, 9), range(5, 11), 4,
                 signing_and_crisis_share=False),
    WrittenBlind("holdout6", 41, 24, 25, 5, range(5, 9), range(5, 11), 4),
    WrittenBlind("holdout7", 40, 24, 25, 5, range(6, 10), range(8, 12), 4, blind=False),
    WrittenBlind("holdout8", 40, 24, 25, 5, range(7, 12), range(15, 21), 4, blind=False),
    WrittenBlind("holdout9", 40, 24, 25, 5, range(6, 11), range(13, 20), 4, blind=False),
    WrittenBlind("holdout10", 40, 24, 25, 5, range(6, 11), range(10, 19), 4, blind=False),
    WrittenBlind("holdout11", 40, 24, 25, 5, range(6, 11), range(10, 19), 4, blind=False),
    WrittenBlind("holdout12", 40, 24, 25, 5, range(6, 11), range(10, 19), 4, blind=False),
    WrittenBlind("holdout13", 40, 36, 16, 2, range(14, 19), range(17, 22), 4, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2017-extension"})),
    # holdout14: the later story only (2019-2023), as a user gathers it: mostly English, big outlets.
    WrittenBlind("holdout14", 40, 36, 25, 2, range(6, 11), range(18, 26), 3, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout15: the first period only (2011-2018), as a user gathers it: mostly English, big outlets.
    WrittenBlind("holdout15", 40, 36, 24, 2, range(9, 14), range(18, 23), 4, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2017-extension",
                                    "gsomia-2018-extension"})),
    # holdout16: the later story again (2019-2023), as a user gathers it, on pages no earlier set followed.
    WrittenBlind("holdout16", 40, 36, 25, 2, range(7, 12), range(15, 20), 3, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout17: the first period (2011-2018) again, as a user gathers it, on pages no earlier set followed.
    WrittenBlind("holdout17", 40, 36, 14, 2, range(18, 23), range(19, 24), 4, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2017-extension",
                                    "gsomia-2018-extension"})),
    # holdout18: the later story (2019-2023) once more, as a user gathers it, on pages no earlier set followed.
    WrittenBlind("holdout18", 40, 36, 25, 2, range(7, 12), range(18, 24), 4, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout19: the first period (2011-2018) once more, as a user gathers it, on pages no earlier set
    # followed (36 pages, not 40: the store's first-period pages were mostly taken; 22 in English).
    WrittenBlind("holdout19", 36, 32, 16, 2, range(14, 19), range(18, 23), 3, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2017-extension"})),
    # holdout20: the later story (2019-2023) again, as a user gathers it, on pages no earlier set followed.
    WrittenBlind("holdout20", 40, 36, 17, 2, range(18, 23), range(17, 22), 3, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout21: the whole story (2012-2023), as a user gathers it, on pages no earlier set followed;
    # GSOMIA pages only (no other story); no unfollowed page of the 2017/2018 extensions was left.
    WrittenBlind("holdout21", 40, 40, 11, 0, range(22, 27), range(24, 29), 3, blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2020-renewal",
                                    "gsomia-2023-normalisation"})),
    # holdout22: intake only, no GSOMIA page: eight other stories of 2012-2015 (Korea, Japan, China).
    WrittenBlind("holdout22", 42, 0, 23, 8, range(10, 15), range(5, 10), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout23: intake only, no GSOMIA page: eight other stories of 2016-2023 (Korea, Japan, China,
    # Taiwan and their neighbours).
    WrittenBlind("holdout23", 40, 0, 25, 8, range(10, 15), range(15, 20), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout24: intake only, no GSOMIA page: eight other stories of 2013-2015 (Korea, Japan and
    # their neighbours), half and more of the pages reposts.
    WrittenBlind("holdout24", 42, 0, 15, 8, range(14, 20), range(18, 24), 2, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout25: the whole story (2012-2023) and only it, as a user gathers it, on pages no earlier
    # set followed; no unfollowed page of 2017/2018 or 2020 was found, and the store's unfollowed
    # pages are mostly of August 2019 and name no outlet.
    WrittenBlind("holdout25", 36, 36, 6, 0, range(27, 32), range(28, 33), 0, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout26: intake only, no GSOMIA page: eight other stories of 2006-2010 (Korea, Japan, China
    # and their neighbours), all in English; no page dated only by a counted yearless dateline.
    WrittenBlind("holdout26", 48, 0, 19, 8, range(12, 17), range(8, 13), 0, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout27: intake only, no GSOMIA page: eight other stories of 2017-2023 (Korea, Japan, China,
    # Taiwan and their neighbours), all pages in English.
    WrittenBlind("holdout27", 40, 0, 25, 8, range(7, 12), range(9, 14), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout28: intake only, no GSOMIA page, no page in English: eight other stories of 2006-2024
    # (Korea, Japan, China) on Korean, Japanese and Chinese pages; no yearless English-form dateline.
    WrittenBlind("holdout28", 40, 0, 20, 8, range(11, 16), range(13, 18), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout29: intake only, no GSOMIA page: eight other stories of 2013-2016 (Korea, Japan, China),
    # 27 pages in English and 13 in Korean, Japanese and Chinese; no yearless dateline of the counted
    # form (the one Yonhap dateline names a two-word city).
    WrittenBlind("holdout29", 40, 0, 30, 8, range(4, 9), range(11, 16), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout30: intake only, no GSOMIA page: eight other stories of 2019-2024 (Korea, Japan, China,
    # Taiwan), 20 pages in English and 20 in Korean, Japanese and Chinese.
    WrittenBlind("holdout30", 40, 0, 26, 8, range(7, 12), range(17, 22), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout31: intake only, no GSOMIA page: eight other stories of 2020-2024 (Taiwan, Japan,
    # South Korea, North Korea, China, Hong Kong), 26 pages in English and 14 in Korean, Japanese
    # and Chinese, about half of them reposts.
    WrittenBlind("holdout31", 40, 0, 25, 8, range(7, 12), range(14, 19), 3, blind=True,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout32: the 2018-2023 dispute around the pact as a GSOMIA follower gathers it: the pact's
    # 2019 crisis and 2023 normalisation, and six stories of the trade dispute, rulings and boycott.
    WrittenBlind("holdout32", 40, 14, 25, 6, range(7, 12), range(18, 23), 2, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout33: no GSOMIA page: eight other stories of 2000-2015 (Korea, Japan, China, Taiwan), 24
    # pages in English and 16 in Korean, Japanese and Chinese; 12 pages of the two North Korean
    # stories link to listed events (Yeonpyeong, the April 2012 rocket).
    WrittenBlind("holdout33", 40, 0, 25, 8, range(9, 14), range(12, 17), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout34: security cooperation around the pact (2016-2024) as a GSOMIA follower gathers it: THAAD,
    # the radar dispute, Camp David, missile-warning sharing, Freedom Edge, and four GSOMIA pages.
    WrittenBlind("holdout34", 40, 4, 25, 5, range(6, 11), range(15, 20), 2, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2016-signing", "gsomia-2017-extension",
                                    "gsomia-2019-termination"})),
    # holdout35: no GSOMIA page: eight other stories of 2017-2024 (Japan, the Koreas, Hong Kong, Taiwan,
    # the Philippines, Thailand), 24 pages in English and 16 in Korean, Japanese and Chinese; no listed event.
    WrittenBlind("holdout35", 40, 0, 25, 8, range(8, 13), range(17, 22), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout36: pages that report listed events as news or background (2012-2025): nine other stories of
    # North Korea's rockets, tests and sanctions and Yeonpyeong, and nine GSOMIA pages; 20 outlets named.
    WrittenBlind("holdout36", 40, 9, 20, 9, range(15, 20), range(16, 21), 2, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2014-trilateral", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout37: no GSOMIA page: eight world stories of 2010-2021 outside East Asia (Chile, New Zealand,
    # South Africa, Brazil, the Alps, Beirut, Suez, Nigeria), 24 in English, 3 in Spanish and German, 13 in CJK.
    WrittenBlind("holdout37", 40, 0, 25, 8, range(12, 17), range(24, 29), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout38: no GSOMIA page: eight stories of 2010-2021 from South Korea, Japan, China and Taiwan in their
    # own press (fires, attacks, blasts, rail crashes, an Olympic gold), 13 pages in English and 27 in CJK.
    WrittenBlind("holdout38", 40, 0, 25, 8, range(9, 14), range(17, 22), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout39: the world's English-language press (and a few CJK pages of world outlets) on eight
    # stories of 2017-2024 about Korea, Japan and their neighbours, and two unfollowed GSOMIA pages.
    WrittenBlind("holdout39", 40, 2, 25, 8, range(10, 15), range(19, 24), 1, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2014-trilateral", "gsomia-2016-signing"})),
    # holdout40: diplomacy between South Korea, Japan, China, Russia and the US (2011-2024) as the wires, national
    # outlets and their reposts covered it: eight stories, no GSOMIA page, 25 pages in English and 15 in CJK and Russian.
    WrittenBlind("holdout40", 40, 0, 25, 8, range(4, 8), range(16, 21), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout41: no GSOMIA page: eight stories of Japan's and South Korea's domestic politics, 2005-2024
    # (elections, a resignation, a party race, a trial, a funds scandal), 21 in English and 19 in Korean and Japanese.
    WrittenBlind("holdout41", 40, 0, 25, 8, range(10, 15), range(18, 23), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout42: no GSOMIA page: eight stories of North and South Korea, 2008-2024 (a shooting, reunions, defections,
    # a deportation, a killing at sea, drones, a suspended pact, blown-up roads), 22 in English and 18 in Korean, Japanese, Chinese.
    WrittenBlind("holdout42", 40, 0, 22, 8, range(8, 13), range(17, 22), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout43: no GSOMIA page: eight stories of Japan's and China's relations with the US, Australia and Southeast
    # Asia, 2014-2023 (a ruling, a trade deal, a pact, a landfill, a rig, a state visit, a collision, export curbs).
    WrittenBlind("holdout43", 40, 0, 25, 8, range(8, 13), range(5, 10), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout44: pages reporting listed events as news or background (2010-2023): the 2016 nuclear tests, Yeonpyeong,
    # the April 2012 rocket, four GSOMIA pages of the 2019 suspension; 26 in English, 14 in CJK; 55 links.
    WrittenBlind("holdout44", 40, 4, 21, 9, range(13, 18), range(18, 23), blind=False,
                 signing_and_crisis_share=False, periods=frozenset({"gsomia-2019-suspension"})),
    # holdout45: no GSOMIA page: eight business, trade and technology stories of 2008-2024 (a bank's fall, a currency
    # floor, an emissions scandal, a shipping line's bankruptcy, an export blacklist, a bank rescue, a chip plant, a strike).
    WrittenBlind("holdout45", 40, 0, 25, 8, range(10, 15), range(19, 24), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout46: no GSOMIA page: eight science, health, environment and disaster stories of 2010-2023 in Asia, Oceania
    # and the Americas (a typhoon, two eruptions, a moon landing, a dam, a quake and tsunami, a quake, wildfires).
    WrittenBlind("holdout46", 40, 0, 25, 8, range(6, 11), range(21, 27), 2, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout47: no GSOMIA page: eight sport, culture and entertainment stories of 2009-2023 (two deaths, an Oscar,
    # Emmys, a Palme d'Or, a chart record, a World Cup upset, a baseball final), 24 in English and 16 in CJK, Italian, German.
    WrittenBlind("holdout47", 40, 0, 25, 8, range(7, 12), range(18, 23), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout48: no GSOMIA page: eight politics and conflict stories of 2007-2020 in Europe, the Middle East, Africa and
    # South Asia (a coup bid, a resignation, a referendum, a killing, an air strike, accords, an ouster), 26 in English, 14 in 8 others.
    WrittenBlind("holdout48", 40, 0, 21, 8, range(15, 20), range(10, 15), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout49: no GSOMIA page: eight East Asian crime, accident, labour, education and health stories of 2008-2024 (a
    # hospital fire, a sex-abuse ring, rigged exams, a dust fire, factory suicides, a doctors' walkout, a boat sinking, tainted milk).
    WrittenBlind("holdout49", 40, 0, 25, 8, range(6, 11), range(17, 22), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout50: no GSOMIA page: eight stories of Seoul-Tokyo relations, 2017-2024 (a statue row, a foundation's closure, a
    # WTO ruling, two meetings of Moon and Abe, whitelists struck and curbs lifted, a heritage listing); 19 in English, 21 in CJK.
    WrittenBlind("holdout50", 40, 0, 19, 8, range(16, 21), range(23, 28), 2, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout51: no GSOMIA page: eight military-security stories around the Korean peninsula of 2016-2024 (a satellite
    # failure, an ICBM, an SSBN's port call, a UN resolution, two joint drills, a bomber flight, a defence budget).
    WrittenBlind("holdout51", 40, 0, 25, 8, range(11, 16), range(20, 25), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout52: pages reporting listed events as news or background (2010-2022): the 2016 nuclear tests, Yeonpyeong and
    # its anniversaries, the failed rocket of April 2012, two GSOMIA pages of the 2019 suspension; 24 in English, 16 in CJK; 51 links.
    WrittenBlind("holdout52", 40, 2, 25, 7, range(10, 15), range(14, 19), blind=False,
                 signing_and_crisis_share=False, periods=frozenset({"gsomia-2019-suspension"})),
    # holdout53: no GSOMIA page: eight stories of 2010-2023 from the Americas and Oceania (a party-room ouster, a strike, a storm, a
    # wildfire, a resignation, an election, an impeachment, a postal survey); 30 in English, 10 in Spanish, Portuguese and French.
    WrittenBlind("holdout53", 40, 0, 14, 8, range(19, 24), range(21, 26), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout54: no GSOMIA page: eight health, environment and climate stories of 2010-2022 (a climate summit, two outbreak
    # emergencies, a drug approval, an oil-rig blast, a heatwave, a whaling ruling, a weedkiller verdict); 24 in English, 16 in 7 others.
    WrittenBlind("holdout54", 40, 0, 25, 8, range(9, 14), range(21, 26), blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout55: no GSOMIA page: eight stories of South Korean and Japanese domestic politics and society of 2016-2023 (two
    # elections, an impeachment, a reshuffle, two scandals, a court ruling, a policy fight), 14 in English, 26 in Japanese and Korean.
    WrittenBlind("holdout55", 40, 0, 25, 8, range(9, 14), range(16, 21), 3, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout56: no GSOMIA page: eight Asia-Pacific diplomacy and security stories of 2012-2023 (two India-China clashes,
    # drills round Taiwan, ASEAN's lost communique, AUKUS, the Quad, the Solomons pact), 26 in English, 14 in 4 others.
    WrittenBlind("holdout56", 40, 0, 16, 7, range(21, 26), range(29, 34), 1, blind=False,
                 signing_and_crisis_share=False, periods=frozenset()),
    # holdout57: pages reporting listed events as news or background (2010-2019): the 2016 nuclear tests, Yeonpyeong and its
    # anniversaries, the failed rocket of April 2012, GSOMIA's 2019 termination and suspension; 20 in English, 20 in CJK; 47 links.
    WrittenBlind("holdout57", 40, 9, 8, 6, range(29, 34), range(25, 30),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout58: no GSOMIA page: eight stories of 2014-2023 from Europe, Africa, the Middle East and South Asia (a bailout vote,
    # two quakes, a title, a Mars orbit, a currency ban, a court verdict, an election); 21 in English, 19 in 8 others.
    WrittenBlind("holdout58", 40, 0, 25, 8, range(13, 18), range(20, 25),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout59: no GSOMIA page: eight East and Southeast Asian economy, technology, disaster, sport and culture stories of
    # 2008-2024 (Beijing 2008, the HZMB bridge, Evergrande, Gangnam Style, Thai floods, Kanjuruhan, Taal, Yagi), 17 in English.
    WrittenBlind("holdout59", 40, 0, 24, 8, range(11, 16), range(21, 26),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
) + LATER_SETS + RECENT_SETS
# Every set in the order it was written: a set's earlier sets are those before it.
ORDER = ("dev", "holdout", "dev2", "holdout2") + tuple(spec.name for spec in WRITTEN_BLIND)
