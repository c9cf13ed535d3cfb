"""The held-out sets written blind from holdout60 to holdout99, one `WrittenBlind` row a set in the order they were
written (the earlier ones: tests/page_set_specs.py, which joins them all; the later: tests/page_set_specs_recent.py)."""

from __future__ import annotations

from tests.page_set_kinds import WrittenBlind

# The periods of both holdout83's and holdout85's GSOMIA pages: from the 2012 collapse to the 2023 normalisation.
COLLAPSE_TO_NORMALISATION = frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-talks",
                                       "gsomia-2016-tentative", "gsomia-2016-signing", "gsomia-2019-termination",
                                       "gsomia-2019-suspension", "gsomia-2023-normalisation"})


LATER_SETS = (
    # holdout60: no GSOMIA page: eight stories of 2016-2023 from the Americas and Oceania (a peace vote, a quake, an
    # ouster, an election, cannabis, a court ruling, a resignation, a Mars landing); 23 in English, 17 in Spanish, Portuguese, French.
    WrittenBlind("holdout60", 40, 0, 25, 8, range(8, 13), range(25, 30), yearless_at_least=1,
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout61: no GSOMIA page: eight agency-told stories of 2012-2023 from Europe, Africa, the Middle East and South Asia
    # (Cyprus bailout, Ebola emergency, Derna floods, Iran deal, Qatar final, Pakistan floods, Higgs boson, Philae), 23 in English.
    WrittenBlind("holdout61", 40, 0, 18, 8, range(14, 19), range(22, 27),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout62: pages reporting listed events as news or background (2010-2023): the 2016 tests, the 2012 rocket, Yeonpyeong,
    # TISA, GSOMIA's 2012 collapse, 2016 signing and 2019 crisis; 22 in English, 18 in CJK; 52 links, 10 outlets named.
    WrittenBlind("holdout62", 40, 11, 10, 10, range(28, 33), range(28, 33),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout63: GSOMIA only, outside the 2016 signing week: the 2019 termination and suspension, the 2020 renewal, the
    # 2022-2023 road to normalisation; 19 in English, 21 in Korean, Japanese and Chinese; 11 outlets named; 70 links.
    WrittenBlind("holdout63", 40, 40, 11, 0, range(24, 29), range(27, 32),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout64: no GSOMIA page: eight East and Southeast Asian stories of 2014-2019 (Aum executions, Lee Myung-bak's
    # sentence, Malaysia's 2018 vote, Alibaba's IPO, Chang'e-4, Jokowi's win, the Thai coup, the U23 final); 14 in English.
    WrittenBlind("holdout64", 40, 0, 25, 8, range(12, 17), range(21, 26),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout65: pages reporting listed events as news or background (2010-2023): the 2016 tests, the April 2012 rocket,
    # Yeonpyeong, GSOMIA's 2011-2012 steps, 2016 signing and 2019 crisis as background; 18 in English, 22 in CJK; 39 links.
    WrittenBlind("holdout65", 40, 2, 14, 18, range(22, 27), range(22, 27), yearless_at_least=1,
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2016-signing"})),
    # holdout66: GSOMIA's 2019 crisis and the Korea-Japan disputes around it (2015-2023: export curbs, radar, comfort-women deal,
    # forced labour, 2023 summits); 22 in English, 18 in CJK; 10 outlets named; most stored copies print no date.
    WrittenBlind("holdout66", 40, 11, 10, 7, range(27, 32), range(34, 39), yearless_at_least=1,
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout67: no GSOMIA page: eight world stories of 2010-2023 outside East Asia (New START, MH17, Argentina's default,
    # Kenya's annulled vote, Grenfell, Sri Lanka's Easter bombings, Finland in NATO, Erdogan's runoff); 24 in English.
    WrittenBlind("holdout67", 40, 0, 14, 8, range(22, 27), range(22, 27), yearless_at_least=1,
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout68: pages reporting listed events as news or background (2010-2023): the 2016 tests, the April 2012 rocket,
    # Yeonpyeong, the 1945 liberation in Liberation Day pages; 22 in English, 18 in CJK; 46 links, 12 outlets named.
    WrittenBlind("holdout68", 40, 0, 12, 12, range(21, 26), range(24, 29),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout69: no GSOMIA page: eight South Korean and Japanese stories of 2011-2020 (KORUS vote, Goseong fire, adultery
    # ruling, 2018 floods, F-35A crash, COVID emergency, BOJ easing, 2020 election) from their own press; 11 in English.
    WrittenBlind("holdout69", 40, 0, 19, 8, range(18, 23), range(19, 24), yearless_at_least=1,
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout70: no GSOMIA page: eight Asia-Pacific security stories of 2011-2024 (Darwin Marines, Lassen FONOP, KADIZ shots,
    # troop cost deal, Patriot exports, Osprey crash, Kishida's state visit, Japan-Philippines RAA); 34 in English, wires' reprints.
    WrittenBlind("holdout70", 40, 0, 13, 8, range(22, 27), range(21, 26), yearless_at_least=4,
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout71: no GSOMIA page: four stories of 2017-2025 as Chinese, Russian, Turkish, Arab, Vietnamese and other non-Western
    # outlets and reposts printed them (Lotte and THAAD, Busan foreign ministers, Shoigu in Pyongyang, troops to Russia); 14 in English.
    WrittenBlind("holdout71", 40, 0, 15, 4, range(22, 27), range(27, 32),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout72: no GSOMIA page: five Japan and China stories of 2015-2020 (Akihito's abdication, two-child policy, Liu Xiaobo,
    # Ghosn's flight, Xi's term limit) as European papers, wires' carriers, portals and blogs printed them; 7 in English.
    WrittenBlind("holdout72", 40, 0, 10, 5, range(25, 30), range(30, 35),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout73: no GSOMIA page: eight stories of 2014-2024 as South and Southeast Asia's English-language press and
    # reposts printed them; 34 in English; yearless datelines sit beside years in the prose, so none is counted.
    WrittenBlind("holdout73", 40, 0, 12, 8, range(25, 30), range(24, 29),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout74: no GSOMIA page: North Korea's launches and tests, the Singapore summit, the 2019 trade row and
    # Yeonpyeong as US locals and portals carried the wires.
    WrittenBlind("holdout74", 40, 0, 8, 15, range(14, 19), range(29, 34),
                 blind=False, signing_and_crisis_share=False, periods=frozenset()),
    # holdout75: the GSOMIA story in nine periods (no unfollowed page of the 2017/2018 extensions was
    # left) in thirteen languages, and Korean and Japanese politics of 2016-2017; no page dated only
    # by a yearless wire dateline.
    WrittenBlind("holdout75", 40, 26, 25, 5, range(12, 17), range(21, 26), blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2020-renewal",
                                    "gsomia-2023-normalisation"})),
    # holdout76: analysis, commentary and official pages (think tanks, policy journals, defence press, ministries'
    # transcripts and releases, Congress): GSOMIA 2012-2019 (18) and seven allied-security stories (THAAD, Japan's
    # security laws, the Quad, Japan's strategy documents, Camp David, the fourth test's allied response); all in English.
    WrittenBlind("holdout76", 40, 18, 22, 7, range(16, 21), range(12, 17), blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral",
                                    "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension"})),
    # holdout77: broadcasters' pages (TV and radio sites, transcripts, archives, video and portal copies): GSOMIA's
    # 2019 crisis (10) and eight other stories of 2017-2024 (Itaewon, Abe, Haneda, Kim in Russia, Pohang, BTS).
    WrittenBlind("holdout77", 40, 10, 22, 8, range(10, 15), range(25, 30),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout78: Korean and Japanese portals, aggregators and reposts of other outlets' stories (Infoseek, livedoor,
    # niconico, ZUM, Hatena, 2nn, 5ch, matome blogs): GSOMIA 2012-2020 (15) and seven Korea-Japan stories of 2015-2024.
    WrittenBlind("holdout78", 40, 15, 20, 7, range(9, 14), range(19, 24),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2020-renewal"})),
    # holdout79: the press of China, Taiwan, Hong Kong and Russia (sites, e-papers, portals, forums, reposts): GSOMIA in
    # seven periods (15; only two unfollowed 2016 pages found, one of them dropped as holdout78 follows it too) and
    # five regional-security stories of 2013-2025.
    WrittenBlind("holdout79", 39, 15, 20, 5, range(12, 17), range(18, 23),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2011-talks", "gsomia-2012-collapse",
                                    "gsomia-2014-trilateral", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout80: the press of South and Southeast Asia and Oceania (sites, wires' carriers, blogs, e-papers): GSOMIA in six
    # periods (17; no unfollowed regional page of 2012 left) and seven regional-security stories of 2016-2025 (the Quad
    # summit, Malabar 2020, AUKUS, the Japan-Philippines RAA, North Korean launches); 25 in English, 15 in 4 others.
    WrittenBlind("holdout80", 40, 17, 22, 7, range(10, 15), range(22, 27), blind=False,
                 periods=frozenset({"gsomia-2014-trilateral", "gsomia-2016-talks",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout81: the forms pages are copied in beyond an outlet's own page (press summaries and round-ups, newsletters
    # and email digests, archive captures, AMP and print pages, feed reposts, aggregators, forums, e-paper and newsstand
    # copies, revues de presse): GSOMIA in six periods (15) and 24 other stories of 2007-2024.
    WrittenBlind("holdout81", 40, 15, 21, 24, range(13, 18), range(14, 19), 2,
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout82: the press of the Middle East, Turkey, Iran and Africa and the wires they carry (sites, mirrors,
    # aggregators, reposts), in Arabic, English, Turkish, Persian, Swahili and Hausa: GSOMIA in eight periods (16) and
    # fifteen stories of 2008-2025 (North Korean launches and tests as the region reported them, Korea's arms and trade
    # with Turkey, Egypt and Israel, Iran's tanker seizure and frozen funds, Japan and Iran, trilateral summits).
    WrittenBlind("holdout82", 40, 16, 21, 15, range(14, 19), range(27, 32),
                 blind=False, signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2011-talks", "gsomia-2012-collapse",
                                    "gsomia-2014-trilateral", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout83: the press of Latin America, Spain and Portugal and the wires it carries (sites, wire copies, reposts,
    # blogs), in Spanish and Portuguese: GSOMIA in eight periods (17) and nine stories of 2010-2026 (North Korean launches
    # as this press reported them, Korean leaders' visits, Mercosur talks, Argentina's FA-50 deal, BTS in Brazil, Mexico).
    WrittenBlind("holdout83", 40, 17, 20, 9, range(12, 17), range(25, 30), blind=False,
                 periods=COLLAPSE_TO_NORMALISATION),
    # holdout84: Europe's national and regional press and the wires it carries (papers, broadcasters, portals, wire
    # feeds, reposts) in ten languages: GSOMIA in six periods (17) and ten stories of 2012-2025 (North Korean
    # launches as this press reported them, the K2/K9 contracts of Poland and Norway, Japan's defence budget, Korean
    # presidential elections).
    WrittenBlind("holdout84", 40, 17, 20, 10, range(14, 19), range(28, 33), blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout85: Japan's and Korea's own press beyond the big national names (regional, local, economic and wire
    # sites, broadcasters' pages, Japanese editions, carriers, blogs and forum logs), in Japanese and Korean: GSOMIA in
    # eight periods (25; no unfollowed 2018 or 2020 page) and six disaster stories of 2019-2024.
    WrittenBlind("holdout85", 40, 25, 23, 6, range(9, 14), range(18, 23), blind=False,
                 periods=COLLAPSE_TO_NORMALISATION),
    # holdout86: GSOMIA's second period in English-language press worldwide beyond the biggest names (Korean and Japanese
    # English editions, broadcasters' pages and mirrors, wires as carried, think tanks, blogs, translation sites): the 2019
    # decision and suspension, the 2020 renewal, the road to the 2023 normalisation (28), and five stories of 2019-2024.
    WrittenBlind("holdout86", 40, 28, 13, 5, range(18, 23), range(18, 23), yearless_at_least=5, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout87: GSOMIA's first period as the press carried it (wires, their carriers, portals, mirrors, blogs, forums,
    # columns; 2012 cabinet approval and collapse, 2016 talks, initialling and signing) in ten languages (31), and three
    # stories of 2013-2016 no earlier set used (Japan's state secrets law, the Sankei reporter's indictment, the
    # candlelight rallies).
    WrittenBlind("holdout87", 40, 31, 20, 3, range(11, 16), range(20, 25), blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks",
                                    "gsomia-2016-tentative", "gsomia-2016-signing"})),
    # holdout88: Japan's own press on its own sites, in Japanese (national and regional papers with Kyodo, Reuters and
    # AFP's Japanese services, broadcasters, magazines, opinion pages and the reposts carrying them): GSOMIA in eight
    # periods (28: 2012, the 2016 talks, initialling and signing, the 2019 decision and suspension, the 2020-2022
    # limbo, 2023), and seven other Japan-Korea stories of 2013-2024 no earlier set used.
    WrittenBlind("holdout88", 40, 28, 20, 7, range(12, 17), range(21, 26),
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
    # holdout89: pages that retell the GSOMIA's history (explainers, Q&As, chronologies, encyclopedic and wiki pages,
    # analyses, editorials and news with a background paragraph) in eight languages, each in the period it was written
    # (29: the 2016 talks and signing, the 2019 decision and suspension, 2023; page 001 dropped, holdout88 follows its
    # address), and explainers of three other Korea-Japan-US security stories (wartime OPCON, Aegis Ashore, South
    # Korea's nuclear debate; seven story ids).
    WrittenBlind("holdout89", 39, 29, 20, 7, range(17, 22), range(24, 29),
                 periods=frozenset({"gsomia-2016-talks", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout90: the GSOMIA's aftermath as a user brings it (2023-2025 coverage in Korean, Japanese, English and Spanish
    # on outlets' own sites, portals, broadcasters' pages, blogs, reposts and a ministry page): the March 2023
    # normalisation and its reception (18), and three Korea-Japan-US security stories no earlier set used under these
    # ids (the trilateral security cooperation framework of July 2024, the Lee-Ishiba summit of August 2025, the
    # missile-warning data system switched on in December 2023).
    WrittenBlind("holdout90", 30, 18, 9, 3, range(15, 20), range(14, 19), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2023-normalisation"})),
    # holdout91: the 2019 GSOMIA crisis as outlets outside Korea, Japan and the US covered it (Europe, Southeast Asia,
    # Taiwan and China, Russian state media and a Ukrainian site, the Maghreb, Australia, wire rewrites on portals) in
    # eleven languages: the run-up, decision and August aftermath (16) and the November suspension (6), and four
    # Korea-Japan stories of 2019 under ids no earlier set used (export curbs, the boycott, the white lists, the
    # forced-labour asset seizure).
    WrittenBlind("holdout91", 30, 22, 18, 4, range(9, 14), range(17, 22), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout92: the 2016 signing period as Korean outlets of every size printed it, October-December 2016 (national
    # and regional dailies, economic papers, broadcasters and their mirrors, internet outlets, a party's and a civic
    # group's releases, a forum, blogs): the resumed talks, the initialling, the signing and the protests and the
    # opposition's motion around them (22), and three other Korean stories of those weeks (Typhoon Chaba in Ulsan,
    # Park's third address, the Choi inquiry's hearing of the chaebol heads).
    WrittenBlind("holdout92", 30, 22, 22, 3, range(5, 10), range(17, 22), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2016-talks", "gsomia-2016-tentative", "gsomia-2016-signing"})),
    # holdout93: the 2016 signing period as the English-language press outside Korea printed it, October-December
    # 2016 (wires and their carriers, papers, broadcasters, state media, a think-tank blog, reposting blogs, a forum,
    # Japan's Chief Cabinet Secretary's transcripts): the resumed talks, the initialling, the cabinet approval and
    # signing, the reactions of China and North Korea and the December aftermath (17), and three other stories of
    # those weeks (the Trump-Tsai call, the death of Fidel Castro, the death of King Bhumibol).
    WrittenBlind("holdout93", 30, 17, 15, 3, range(8, 13), range(8, 13), yearless_at_least=1,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2016-talks", "gsomia-2016-tentative", "gsomia-2016-signing"})),
    # holdout94: the GSOMIA's first attempt, April-August 2012, as the press of Korea, Japan and the world printed it
    # (Korean national, economic, regional and internet papers, broadcasters and KTV, Japanese papers' Japanese
    # editions, a Sankei page on an archive, KBS World Radio in Japanese, Yonhap in Japanese on a portal, the Japanese
    # Cabinet's answer to the Diet, English pages of Korean dailies, a Korean and a Japanese blog): the cabinet's
    # approval, the signing called off, the blame and the aide's resignation, the Diet and the Dokdo visit (22), and
    # three other stories of those months no earlier set used (the savings-bank probe and Lee Sang-deuk, Park
    # Jong-woo's Dokdo banner at the Olympics, Typhoon Bolaven). No page dated only by a yearless wire dateline.
    WrittenBlind("holdout94", 30, 22, 17, 3, range(8, 12), range(8, 12), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse"})),
    # holdout95: the 2019 GSOMIA crisis as Korean and Japanese outlets printed it, August-November 2019 (Korean
    # dailies, economic papers, broadcasters and their mirrors, KTV, a regional internet paper, a party's statement
    # page, a blog; Japanese wires on carriers, 5ch and 2nn reposts; Kyodo in the Japan Times): the decision to end
    # the pact, Japan's and the US's reactions, the notice to Tokyo, the autumn standoff and the last-minute
    # suspension (22), and three other stories of those months no earlier set used (African swine fever in Paju, the
    # Hwaseong serial-murder suspect, Typhoon Faxai's Chiba blackout). No page dated only by a yearless wire dateline.
    WrittenBlind("holdout95", 30, 22, 17, 3, range(7, 12), range(11, 16), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout96: the 2019 GSOMIA crisis as the American press and Washington printed it, August-November 2019 (a
    # magazine, an opinion page, NPR on a reader site, VOA's Korean service and its reposts, UPI, RAND and The Diplomat,
    # the Senate Foreign Relations Committee's releases, a Pentagon transcript, a CFR brief, a forum, blogs): the US's
    # pressure after the decision and Stilwell's and Esper's visits (16) and the Senate resolution and the suspension
    # (6), and three US-Korea stories of 2019 under ids no earlier set used (the DMZ handshake, the SMA cost talks, the
    # Stockholm talks). One page dated only by a yearless wire dateline.
    WrittenBlind("holdout96", 30, 22, 11, 3, range(14, 19), range(16, 21), yearless_at_least=1,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout97: the GSOMIA from 2012 to 2023 as the Chinese-language press printed it (mainland state and market
    # media on gateways and reposting mirrors, Taiwanese, Hong Kong and overseas Chinese papers, broadcasters,
    # forums and blogs, foreign services in Chinese), simplified and traditional characters: the 2012 collapse, the
    # 2016 talks, initialling and signing, the 2019 decision and suspension, the 2023 normalisation (22), and three
    # stories of those years no earlier set used (China's Korean-wave curbs of 2016, Seoul's suspension of the 9.19
    # military agreement in 2023, Hong Kong's district council election of 2019).
    WrittenBlind("holdout97", 30, 22, 18, 3, range(7, 12), range(8, 13), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout98: the 2016 signing period as the press in thirteen languages other than English, Korean, Japanese and
    # Chinese printed it, October-December 2016 (wires on carriers and reposting blogs, papers, broadcasters and their
    # foreign services, state media's French and Portuguese editions and a mirror, portals, aggregators): the resumed
    # talks, the initialling and Pyongyang's reaction, the cabinet approval, the signing and China's reaction (22), and
    # four other stories of those weeks under ids no earlier set used (the killing of Andrey Karlov, the Chapecoense
    # crash, the Berlin market attack, Trump's election). No page is dated by a yearless wire dateline in the English
    # form the coverage test counts; one is dated only by a Russian one ("КИЕВ. 20 декабря. УНН.").
    WrittenBlind("holdout98", 30, 22, 19, 4, range(8, 13), range(11, 16), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2016-talks", "gsomia-2016-tentative", "gsomia-2016-signing"})),
    # holdout99: the GSOMIA's years between the crises, 2017-2022, as Korean, Japanese and English-language news told
    # them (Yonhap on wowtv, its Korean, English and Japanese services and its copies on a paper and a digest site,
    # Mediapen, a civic group's press release, the Sankei on a matome blog, a Hatena bookmark page, a game forum, SBS on
    # zum, News1 on WoWKorea, Newsis, YTN on a video mirror, the JoongAng's Japanese edition, NK Chosun, two mirrors of
    # the Maeil Ilbo, MBC, the Shin-A Ilbo, Newspim, the Chosun's English edition, a Hankyung page, the Korea Herald via
    # ANN, Jiji on the Japan News, KBS World, the Hankyoreh, a Filipino site): the 2017 and 2018 extensions and the
    # pact's first years (6), the pact kept "conditionally" and Seoul's line that it could end it at any time, 2020 (6),
    # a 2019 suspension story on a mirror dated 2020 (1), the Yoon government's push to normalise it in 2022 (9), and
    # four US-Korea-Japan stories of 2021-2022 no earlier set used (the Moon-Biden summit, the Phnom Penh statement,
    # the Shangri-La defence chiefs' meeting, Pacific Dragon). Two pages dated only by a yearless wire dateline.
    WrittenBlind("holdout99", 30, 22, 14, 3, range(6, 11), range(8, 12), yearless_at_least=1,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2018-extension", "gsomia-2020-renewal"})),
)
