"""The held-out sets written blind from holdout100 on, one `WrittenBlind` row a set in the order they were
written (the earlier ones: tests/page_set_specs_later.py and tests/page_set_specs.py, which joins them all)."""

from __future__ import annotations

from tests.page_set_kinds import WrittenBlind

RECENT_SETS = (
    # holdout100: the 2019 GSOMIA crisis and the 2023 normalisation as the English-language press of South Korea and
    # Japan and the two governments' English pages printed them (Korea.net's news and speech pages, BusinessKorea, NHK
    # on a translating aggregator, NHK World on a reposting blog, Yonhap, a Korean-American site and a Philippine site
    # naming no outlet, Taiwan News on a learners' site, the Shingetsu News Agency, the Japan Times on an aggregator,
    # ANN's site, Arirang, the Korea Times, the Korea Herald and Yonhap, the Kantei's transcript in a university
    # database, reposting portals): the decision to end the pact and Japan's reactions (10), the run-up to the expiry
    # (6), the summit declaration and the first steps to restore the pact in March 2023 (6), and three Korea-Japan
    # stories of 2019 and 2023 under ids no earlier set used (the Aichi Triennale statue, Japan's upper house election,
    # the defence ministers' Shangri-La meeting on the radar incident). One page dated only by a yearless wire dateline.
    WrittenBlind("holdout100", 30, 22, 17, 3, range(8, 12), range(8, 12), yearless_at_least=1,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout101: the 2016 signing period as the Japanese-language press printed it, October-December 2016 (Record
    # China, the Defence Minister's briefing on a document site, Yonhap in the Chosun's Japanese edition and on
    # WoWKorea, the JoongAng's Japanese edition, Kyodo on the Shinano Mainichi, NHK on an archive, Zaikei, MOFA's
    # press conference, the Hankyoreh's Japanese edition and a blog reposting it, Money Today on a translating blog,
    # Pars Today, the People's Daily's Japanese pages, a quiz bot, zakzak on a 2ch matome, Daily NK): the resumed
    # talks, the initialling and the Korean opposition, the cabinet approval, the signing and China's and North
    # Korea's reactions (22), and three Japanese stories of those weeks no earlier set used (the Hakata sinkhole, the
    # Fukushima offshore earthquake of 22 November, the Itoigawa fire). No page is dated by a yearless wire dateline in
    # the English form the coverage test counts; two are dated only by Kyodo's "【ソウル共同】" and a day without a
    # year ("(11月12日13時11分)", "(11月14日12時30分)").
    # Its odd half was read in intake round 100 (session 33); the even half stays unread.
    WrittenBlind("holdout101", 30, 22, 16, 3, range(5, 11), range(5, 11), signing_and_crisis_share=False,
                 blind=False,
                 periods=frozenset({"gsomia-2016-talks", "gsomia-2016-tentative", "gsomia-2016-signing"})),
    # holdout102: the 2012 collapse and the 2019 crisis as the Japanese-language press printed them (KBS World's
    # Japanese service, a House of Councillors question, Yonhap on WoWKorea, Economic News, the Dong-A's Japanese
    # edition, Nikkei and Asahi on reposting blogs, Jiji on nippon.com, MOFA's statement on a blog linking the Sankei,
    # METI's statement on a mirror, FNN on MSN, the Yomiuri on infoseek, the Hankyoreh on Hatena, Newsweek Japan, a
    # Yonhap video page, Nikkan Gendai, the Tokyo Shimbun, the Mainichi on 5ch, the JoongAng's Japanese edition, the
    # Defence Minister's briefing on a mirror): the June 2012 postponement (6), the decision of August 2019 and Japan's
    # and the US's reactions (10), the run-up to the expiry and the suspension (6), and four Japan-Korea stories of 2012
    # and 2019 under ids no earlier set used (Lee's demand that the Emperor apologise, Noda's letter sent back, the
    # first hydrogen-fluoride permit, China's beer overtaking Japan's in Korea's imports). No page is dated by a
    # yearless wire dateline: the writer's searches found no unused page with Kyodo's "【ソウル共同】" and a day.
    WrittenBlind("holdout102", 30, 22, 16, 4, range(5, 11), range(5, 11), signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2019-termination", "gsomia-2019-suspension"})),
    # holdout103: the 2012 collapse and the 2016 signing as the world's press outside Korea and Japan printed them
    # (a Kenyan radio site carrying AFP, the Estadão, Exame with EFE, a bilingual repost of a BBC story, CNTV carrying
    # the Jiefang Daily, China Daily, the Global Times, a Tuổi Trẻ mirror, Xinhua in Spanish, Japanese and Korean,
    # People's Daily French, CRI carrying Xinhua and China News Service, Al-Manar carrying AFP, Enorth, a Brazilian
    # community radio site, OPEX360, Editorpress, Saigon News, VOA Indonesia, a commentary mirror): the May plan, the
    # eve and the postponement of June 2012 (8), the resumed talks (2), the initialling (2), the signing and Beijing's
    # and Pyongyang's reactions (10), and three Korea and Japan stories of 2012 and 2016 no earlier set used (the
    # Yeosu Expo, the Ohi reactor restart, the Workers' Party's Seventh Congress). One page dated only by a yearless
    # wire dateline in the English form ("Pyongyang, May 18 (KCNA) —"), four by yearless datelines in other forms.
    # Measured blind in sessions 33 and 34; taken out of the blind sets in session 35: its odd half readable by the
    # rounds, the even half unread.
    WrittenBlind("holdout103", 30, 22, 18, 3, range(5, 11), range(5, 11), yearless_at_least=1,
                 signing_and_crisis_share=False, blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing"})),
    # holdout104: the GSOMIA as Korean-language services of outlets abroad and Korean-language media outside
    # Korea printed it, with the blogs, forums and mirrors that copy them (VOA Korean on its site, a preview
    # page, a learning site and a curating blog; BBC News Korea on Daum; Reuters' Korean service; People's
    # Daily's and Xinhua's Korean pages; KCNA on an aggregator and a compatriots' site; the Heilongjiang Shinmun
    # carrying CCTV; The AsiaN with Newsis; the New York Ilbo's front pages; the Korea Times Atlanta; Bloomberg
    # on a learner's blog; MBN on the Chongryon paper; KBS on a spam mirror; Sisa Journal): the June 2012
    # postponement and its aftermath (4), the 2016 signing and the reactions abroad (5), the 2019 decision (5),
    # the run-up to the expiry and the suspension (4), the 2023 normalisation (4), one page each of 2014 and
    # 2020, and three stories no earlier set used (BBC's Korean service launched, the radio broadcasts to the
    # North halted in 2025, the German air force's first visit to Korea). No page is dated by a yearless wire
    # dateline in the English form the coverage test counts; three are dated only by one in other forms
    # ("(韩)NEWSis 首尔7月13日电", "서울, 11월25일 (로이터) -", "(평양 12월 6일발 조선중앙통신)").
    # Measured blind in session 34 (first sight and after its rounds); taken out of the blind sets in session 35: its
    # odd half readable by the rounds, the even half unread.
    WrittenBlind("holdout104", 30, 24, 15, 3, range(4, 9), range(4, 9), signing_and_crisis_share=False,
                 blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2023-normalisation"})),
    # holdout105: the GSOMIA as portals, aggregators and reposting sites carry other outlets' stories (ZUM carrying
    # Edaily, the Hankook Ilbo and Yonhap; niconico carrying AbemaNews; infoseek carrying Record China; a 5ch thread
    # quoting Yahoo! JAPAN's credit of the Yomiuri; Blogger bots linking Google News and livedoor; livedoor carrying
    # Jiji; CNTV carrying Xinhua; mirrors of DW, CRI and the Dong-A; video mirrors of YTN and
    # Yonhap TV; a health site carrying NewsTomato; OhmyNews; Daehan Economy; a blog reposting the Yomiuri; KBS World;
    # Zaikei; Kuki News; the Seoul Shinmun; a politician's blog): the June 2012 postponement (4), the initialling (3)
    # and the closed signing of November 2016 (4), the decision and letter of August 2019 (4), the run-up to the
    # expiry (5), the declaration and the letters withdrawn in March 2023 (4), and two Korea-Japan stories no earlier
    # set used (the LINE Yahoo stake dispute, Naver's news-content terms). Nine pages print no date (one above the
    # brief's 4-8); none is dated by a yearless wire dateline in the English form the coverage test counts, one by a
    # yearless Yahoo! JAPAN credit ("11/19(火) 0:45配信").
    # Measured blind in sessions 35 and 36; taken out of the blind sets in session 37: its odd half readable by the
    # rounds, the even half unread.
    WrittenBlind("holdout105", 30, 24, 20, 2, range(4, 9), range(4, 10), blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-tentative", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout106: the GSOMIA as broadcasters' web pages and their mirrors carry it (SBS's news, print and Video
    # Mug pages, Channel A's AMP page, KTV's replay page with its clip list, MBC's programme notice for 100-minute
    # Debate, KBS World's Indonesian video page, two forum reposts of JTBC, a Dailymotion search mirror of YTN, JTBC's
    # article page, VOA Korean's article and episode pages, YTN's mobile page, a repost of a DW News video, a learners'
    # transcript of a US evening bulletin, Arirang's interview page, an archived Yonhap News TV page, an almanac
    # quoting the Yomiuri, a 5ch mirror linking NHK, JCC's broadcast digest of NHK and ANN, a TV log of NHK's
    # late bulletin, KBS's morning news, a YouTube mirror of Arirang, a machine-translated Thai News Agency item):
    # the June 2012 postponement and its aftermath (4), the resumed talks (2), the initialling
    # (2) and the signing (2) of November 2016, the run-up to and the decision of August 2019 (5), the run-up to the
    # expiry and the suspension (5), the summit of March 2023 and after (4); and two Korea stories no earlier
    # set used (Busan's lost 2030 World Expo bid, the Kakao data-centre fire of October 2022). One page is dated only
    # by a yearless wire dateline in the English form ("SEOUL, Nov. 30 (Korea Bizwire) –"), one by a yearless
    # Japanese one ("ソウル、3 月 18 日 –"), one by a yearless time stamp ("11-21 17:43").
    # Measured blind in sessions 35 and 36; taken out of the blind sets in session 37: its odd half readable by the
    # rounds, the even half unread.
    WrittenBlind("holdout106", 30, 24, 18, 2, range(4, 9), range(4, 9), yearless_at_least=1, blind=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2023-normalisation"})),
    # holdout107: the GSOMIA as analysis, opinion and official pages tell it (the JoongAng's and the Korea Economic
    # Daily's Japanese-edition editorials, the Asahi's English editorial on a Japanese blog, two Hankyoreh English
    # editorials, a National Interest commentary on a Blogger page, a Hankyoreh editorial and a Chosun editorial on
    # Japanese reposting sites, Arab Today carrying MENA, KCNA on an aggregator, Herald Economy, YTN's article and
    # interview pages, Newsis, a hatena explainer, Korea Times, Korea JoongAng Daily and Korea Herald editorials on
    # Yonhap, PacNet, Stimson in the News, IDE-JETRO's IDE Square, a machine-translated SBS column, a local paper's
    # page, the Global Forum of Japan's papers on a PDF mirror, a blog reposting the 2015 guidelines, a State
    # Department briefing on the embassy site, a Stimson report on a PDF mirror, a KEI post on a policy blog): the
    # June 2012 postponement (5), the 2014 arrangement (2), the talks, initialling and signing of 2016 (4), the
    # decision and the run-up to the expiry and the suspension of 2019 (8), the 2020 "conditional" state (2), the
    # run-up to and the normalisation of 2023 (3), and four alliance stories under ids no earlier set used (the 2015
    # U.S.-Japan defense guidelines, USFK's furlough of 2020, a Stimson report on Japan's defense policy, the
    # Trump-Lee summit of 2025). One page is dated only by a yearless wire dateline in the English form
    # ("Pyongyang, November 17 (KCNA) —").
    # Measured blind in sessions 36 and 37; taken out of the blind sets in session 38: its odd half readable by the
    # rounds, the even half unread.
    WrittenBlind("holdout107", 30, 24, 20, 4, range(4, 9), range(4, 9), yearless_at_least=1, blind=False,
                 signing_and_crisis_share=False,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2014-trilateral", "gsomia-2016-talks",
                                    "gsomia-2016-tentative", "gsomia-2016-signing", "gsomia-2019-termination",
                                    "gsomia-2019-suspension", "gsomia-2020-renewal",
                                    "gsomia-2023-normalisation"})),
    # holdout108: the GSOMIA as readers copy it from phones and news apps (MBN's mobile page, the Kukmin Ilbo's
    # and the Dong-A's AMP pages, JTBC's page with its font-size buttons, a Ruliweb mypi blog reposting YTN, the Segye
    # Ilbo's Naver out-link copy, the Seoul Shinmun's view page, MoneyS's mobile page, Daily NK Japan, KBS World's
    # Japanese and English pages, a photographers' board repost, eToday's mobile photo page, the Sankei, NHK's
    # politics magazine, a hatena bookmark page through a web proxy, Yonhap's English page with its app banner, VOA
    # Korean, Newstown's AMP page, iMBC, YTN's mobile page with its KakaoTalk channel line, NTV's page, Aju's mobile
    # page, Chosun Biz's AMP page): the June 2012 postponement and its closed-door cabinet approval (4), the
    # initialling (3) and the signing (4) of November 2016, the decision of August 2019 (4), the run-up to the expiry
    # and the suspension (4), the conditional state of August 2020 (1), the run-up to and the declaration of March 2023
    # (4); and two Korea-Japan stories no earlier set used (Line's dual listing of 2016 on the Korea Herald, a forum
    # and a Russian mobile aggregator; the Line-Yahoo Japan merger accord of 2019 on a Reader-mode copy of Yonhap,
    # TRT World and the Japan Times' Kyodo page). One page is dated only by a yearless wire dateline in the English
    # form ("SEOUL, Nov. 18 (Yonhap) --").
    WrittenBlind("holdout108", 30, 24, 21, 2, range(4, 9), range(4, 9), yearless_at_least=1,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-tentative", "gsomia-2016-signing",
                                    "gsomia-2019-termination", "gsomia-2019-suspension", "gsomia-2020-renewal",
                                    "gsomia-2023-normalisation"})),
    # holdout109: the GSOMIA as archives, e-papers and translated or cached copies keep it (a text-only copy of Korea
    # Economic TV, a Google-translated Hankyung page, Wayback snapshots of KTV, Money S, AFPBB and MOFA Japan,
    # archive.today copies of the Kukmin Ilbo and eToday, Feedly and Inoreader item views of Daily NK Japan, VOA Korean
    # and Reuters, the Hankyoreh on an IP-address mirror, a Papago-translated MBN page, the JoongAng's print page and a
    # lite copy, the Seoul Shinmun on a legacy host, KCNA on an fc2 mirror, the Dong-A's A1 e-paper page, a 5ch thread,
    # a hatena bookmark page, a Tokyo Shimbun editorial "紙面から", a hatena blog quoting editorials, an intelNews tag
    # archive, Seoul's foreign ministry briefing, wowKorea carrying News1, a news search results page with YTN, a
    # reader-mode copy of News1 on donga.com, a Mainichi repost on exblog, a Bloomberg database record, an imidas
    # entry): the June 2012 postponement and its aftermath (3), the resumed talks (2), the initialling (3) and the
    # signing (2) of 2016, the decision of August 2019 (5), the run-up to the expiry and the suspension (5), the
    # conditional state of 2020 (2), the run-up to and the normalisation of March 2023 (2); and two stories no earlier
    # set used (the Japan-U.S. GSOMIA of August 2007, the Japan-Australia information security agreement of May 2012).
    # One page is dated only by a yearless wire dateline in the English form ("TOKYO, Aug 10 (Reuters) –"), one by a
    # yearless Japanese feed stamp ("デイリーNKジャパン · 11月8日").
    WrittenBlind("holdout109", 30, 24, 22, 2, range(4, 9), range(4, 9), yearless_at_least=1,
                 periods=frozenset({"gsomia-2012-collapse", "gsomia-2016-talks", "gsomia-2016-tentative",
                                    "gsomia-2016-signing", "gsomia-2019-termination", "gsomia-2019-suspension",
                                    "gsomia-2020-renewal", "gsomia-2023-normalisation"})),
)
