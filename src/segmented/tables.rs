//! Word lists used by detection ([`super::Evidence`]) and the re-attachment rules of
//! [`super::restore`]. Written for this crate from Vietnamese news usage; extend them here, never
//! inline in the rules.

/// Punctuation that attaches to the word before it (`Hà Nội ,` → `Hà Nội,`). A token made only of
/// these characters loses the space before it. Not `»`, nor `«` in [`OPENING`]: Vietnamese news
/// that uses guillemets writes them French-style, spaced inside (`« có khả năng »`): RFI, which
/// uses them most, and the sites that repost it (136 of 153 in a sample of 18 news pages;
/// Wikipedia: 46 to 46). Other news quotes with `“ ”`.
pub(super) const CLOSING: &[char] = &[
    ',', '.', ':', ';', '!', '?', '%', ')', ']', '}', '…', '”', '’',
];

/// Punctuation that attaches to the word after it (`( theo` → `(theo`).
pub(super) const OPENING: &[char] = &['(', '[', '{', '“', '‘'];

/// Abbreviations written unspaced before another after their dot (`TP.HCM`, `PGS.TS`,
/// `GS.TSKH`, `TS.BS`, `TR.CN`). In the 84 MB of Wikipedia, capitals, a dot and capitals are
/// unspaced 251 times and spaced 157: `TP`, `PGS` and `GS` unspaced 136 times and spaced 47,
/// `ASP.NET`-style names (glued as sites' names are) 23 to none; most of the other spaced ones
/// end a sentence (`tỷ USD. GDP`, `FBI. FBI`). News writes `TP.HCM` 93 times to 2; `Tp.HCM`,
/// Wikipedia 9 times to 3. A master's degree heads a doctor's title like a doctorate
/// (`ThS.BS`, `TS.BS`: never spaced in the news sets).
pub(super) const ABBREVIATION_HEADS: &[&str] =
    &["TP", "Tp", "PGS", "GS", "TS", "ThS", "BS", "KS", "TR"];

/// Quantities that can stand before `/` in a rate: `km / h`, `đồng / lượng`, `USD / thùng`,
/// `% / năm`. Matched case-sensitively after stripping a leading number (`60km`).
pub(super) const RATE_NUMERATORS: &[&str] = &[
    "%",
    "km",
    "m",
    "cm",
    "mm",
    // Areas and volumes: `m3/s` of a river's flow, `50m3/thuyền`; also with superscripts
    // (`3.320m³/s`: Wikipedia writes `m³/s` 21 times, never spaced).
    "m2",
    "m3",
    "m²",
    "m³",
    "ha",
    "kg",
    "g",
    "mg",
    // Micrograms, with the micro sign and with the Greek letter (`µg/m3` of fine dust).
    "µg",
    "μg",
    "tấn",
    "lít",
    "l",
    "ml",
    "đồng",
    "đ",
    "VND",
    "VNĐ",
    "vnđ",
    "USD",
    "EUR",
    "yen",
    "nhân dân tệ",
    "triệu",
    "tỷ",
    "tỉ",
    "nghìn",
    "ngàn",
    "kWh",
    "MW",
    "kW",
    "Mbps",
    "GB",
    "MB",
    "ca",
    "lượt",
    "người",
    // Animals per area or weight, as fish farms and shrimp prices count them (`100 con/m2`,
    // `60-100 con/kg`).
    "con",
    "chuyến",
    "vòng",
    "lần",
    "điểm",
    "giờ",
    "phút",
    "ngày",
    "tuần",
    "tháng",
];

/// Units that can stand after `/` in a rate (`km/h`, `đồng/kg`, `USD/thùng`, `4,5%/năm`).
pub(super) const RATE_DENOMINATORS: &[&str] = &[
    "h", "giờ", "s", "giây", "phút", "ngày", "tuần", "tháng", "quý", "năm", "kg", "g", "tấn",
    "lít", "l", "thùng", "lượng", "chỉ", "m", "m2", "m²", "m3", "m³", "km", "km2", "km²", "ha",
    "cm2", "cm²", "cm3", "cm³", "dm3", "dm³", "mm3", "ml", "người", "con", "chiếc", "suất", "vé",
    "lượt", "ca", "hộ", "trẻ", "bao", "kWh", "MWh", "ounce", "oz", "USD", "đêm", "phòng", "bình",
    "chai", "hộp", "gói", "đợt",
];

/// The words of a time that a unit is counted per after a number, `mm/3 giờ`, `lần/2 tuần`.
pub(super) const PER_TIME: &[&str] = &["giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm"];

/// Measures after a range with a decimal end (`tăng 2-3,5 độ`, `6-6,5 triệu`), which underthesea
/// splits at the comma: words that follow an amount, never a count (`điểm`, `người`), since
/// scores and lists also come before a comma and a number.
pub(super) const DECIMAL_MEASURES: &[&str] = &[
    "độ", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "lần", "km", "m", "cm", "mm", "kg", "tấn", "ha",
    "lít", "USD",
];

/// The codes of Vietnam Railways' passenger trains whose numbers news writes in pairs, `SE1/2`,
/// `NA1/2`, `SQN1/2` (see `restore::codes::train_pair`).
pub(super) const TRAIN_CODES: &[&str] = &["NA", "SE", "SNT", "SPT", "SQN", "TN"];

/// Korean family names, before a given name whose two halves pyvi splits (`Park Hang - seo`).
pub(super) const KOREAN_SURNAMES: &[&str] = &[
    "Ahn", "Bae", "Baek", "Ban", "Cho", "Choi", "Chung", "Han", "Hong", "Hwang", "Jang", "Jeon",
    "Jung", "Kang", "Kim", "Ko", "Kwon", "Lee", "Lim", "Moon", "Oh", "Park", "Roh", "Seo", "Shin",
    "Son", "Song", "Yoo", "Yoon",
];

/// Words after which ` - 5` is a negative number (`từ -5 đến -10`, `là -1`): unspaced 56 times,
/// spaced once, in 30 MB of Wikipedia, where ` - ` after other words is a dash (`Nga - 8,59%`).
pub(super) const BEFORE_NEGATIVE: &[&str] = &[
    "là", "và", "từ", "đến", "tới", "khoảng", "độ", "ở", "dưới", "xuống", "hoặc", "hay", "còn",
];

/// Words after an hour that make its `g` one of giờ, not of grams (`9 g sáng`, `20 g ngày 24/12`).
pub(super) const TIMES_OF_DAY: &[&str] = &[
    "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm",
];

/// Words that programs name things with (`max_length`, `file_name`, `user_count`): two English
/// words joined with one of these are an identifier, not a phrase underthesea joined.
pub(super) const CODE_WORDS: &[&str] = &[
    "args", "buf", "char", "conf", "config", "count", "dict", "dir", "env", "file", "func", "get",
    "idx", "index", "init", "int", "key", "len", "length", "list", "max", "min", "name", "num",
    "obj", "param", "path", "ptr", "set", "size", "src", "str", "tmp", "type", "user", "val",
    "value", "var",
];

/// English contraction endings after an apostrophe (`don ' t`, `it ' s`, `I ' m`).
pub(super) const CONTRACTION_ENDINGS: &[&str] = &["t", "s", "m", "re", "ve", "ll", "d"];

/// Lower-case French particles joined by an apostrophe to a capitalised name (`d ' Erlon`,
/// `l ' Oréal`: unspaced 552 times, spaced once, in 200 MB of Wikipedia).
pub(super) const APOSTROPHE_PARTICLES: &[&str] = &["d", "l"];

/// English titles and companies' suffixes written with a dot, which VnCoreNLP keeps whole (`Mr.`,
/// `Samsung Electronics Co.`) and so leaves the sentence's dot on.
pub(super) const DOTTED_TITLES: &[&str] = &[
    "Mr.", "Mrs.", "Ms.", "Dr.", "St.", "Jr.", "Co.", "Corp.", "Ltd.", "Inc.",
];

/// Name prefixes written with an apostrophe (`O ' Neill`, `D ' Angelo`, `L ' Oréal`,
/// `N ' Golo`, and the names of the Central Highlands: `H ' Mông`, `Ea H ' leo`, `K ' Ho`,
/// `M ' Nông`): in Wikipedia, `M'` (131 uses) and `N'` (21) follow `O'`, `H'` and `L'`.
pub(super) const APOSTROPHE_NAME_PREFIXES: &[&str] = &["O", "D", "L", "H", "K", "M", "N"];

/// Top-level domains accepted when re-gluing a split URL or e-mail address. A split host is only
/// re-glued when it ends in one of these, so that `… học . Com` style text is not glued. With
/// the generic ones most registered, which the sites of scams that news reports on use
/// (`Winrich.club`), and `.ai`, which start-ups use (`Haimaker.ai`).
pub(super) const TLDS: &[&str] = &[
    "vn", "com", "net", "org", "edu", "gov", "info", "biz", "io", "co", "int", "mil", "uk", "us",
    "jp", "cn", "kr", "fr", "de", "ru", "au", "ca", "sg", "th", "la", "kh", "tw", "hk", "in", "eu",
    "tv", "me", "app", "dev", "asia", "xyz", "online", "site", "news", "club", "top", "shop",
    "store", "vip", "cc", "pro", "live", "ai",
];

/// File extensions a news text names after a word (`định dạng .apk`, see
/// `restore::addresses::extension_after_word`): those of programs, documents, pictures, sound,
/// video and archives that no Vietnamese syllable spells.
pub(super) const FILE_EXTENSIONS: &[&str] = &[
    "apk", "avi", "csv", "dll", "dmg", "doc", "docx", "exe", "gif", "html", "ipa", "iso", "jpeg",
    "jpg", "mkv", "mov", "mp3", "mp4", "pdf", "png", "ppt", "pptx", "rar", "svg", "txt", "wav",
    "xls", "xlsx", "zip",
];

/// English function words that underthesea joins into foreign phrases (`of_the`,
/// `and_professional`): a `_` token of Latin words with one of these that is not a name
/// (`of_You`, see [`NAME_PARTICLES`]) is a phrase, split in a segmented line. Only words that
/// identifiers rarely use (not `in`, `to`, `is`, `for`) and that are not unaccented Vietnamese
/// (`de`, `du`, `van`).
pub(super) const FOREIGN_FUNCTION_WORDS: &[&str] = &["of", "the", "and"];

/// Loanwords that pyvi and underthesea join to Vietnamese syllables as one word (`trang_web`,
/// `tia_laser`, `axit_nitric`): the ASCII words that are not syllables in the entries of more
/// than one word of pyvi's and underthesea's dictionaries, `chip` (a word of pyvi's), and
/// loanwords of news that underthesea joins to a code or another loanword (`camera_200MP`,
/// `radar_AN`, `thai_hormon`), and chemistry's names in Vietnamese spelling that it joins to one
/// another (`kali_clorua`, `canxi_cacbonat`, `xyanua_kali`: `canxi`, `natri`, `clorua` and the
/// like are one-word entries of its Viet74K dictionary; `hydro`, `oxit`, `xyanua`, `amoni` occur
/// 37 to 260 times each in Wikipedia, `amoniac`, `clohydric`, `sunfua`, `sunfuric` 10 to 35;
/// VnCoreNLP's `axit_sunfuric`), `blog` (`trang_blog`), and `hot`, `girl`, `boy` (pyvi's
/// `hot_girl`, `hot_boy`). They are not syllables, but
/// such a token is a segmented word, not an identifier.
#[rustfmt::skip]
pub(super) const LOANWORDS: &[&str] = &[
    "Internet", "acetic", "acid", "alpha", "amin", "amino", "amoni", "amoniac", "ampe", "ampere",
    "axetic", "axit", "ballast", "basa", "bata", "beta", "blog", "boy", "bromua", "cacbon",
    "cacbonat", "cacbonic", "camera", "canxi", "carbon", "carbonic", "card", "cassette", "catxet",
    "chat", "chip", "clinke", "clinker", "clo", "clohydric", "clorua", "compact", "container",
    "credit", "cup", "diesel", "domino", "email", "fax", "game", "gamma", "girl", "gothic", "gram",
    "guitar", "hormon", "hot", "hydro", "internet", "ion", "javel", "javen", "jean", "jeep", "kali",
    "laptop", "laser", "livestream", "logic", "macma", "magie", "magma", "mail", "mini", "modem",
    "napalm", "natri", "neon", "nitrat", "nitrate", "nitric", "offset", "ohm", "online", "oxit",
    "oxy", "ozon", "ozone", "photphat", "piano", "pixel", "radar", "radio", "robot", "silicat",
    "smartphone", "sonar", "sulfuric", "sunfat", "sunfua", "sunfuric", "taxi", "top", "totem",
    "tour", "urani", "vaccine", "video", "virus", "vitamin", "volt", "watt", "web", "website",
    "xyanua",
];

/// Acronyms of Vietnamese news that underthesea joins to the code or acronym beside them
/// (`E5_RON 92`, `VCK_U23`, `NXB_CAND`, `BXH_ATP`, `CTCP_FPT`, a joint-stock company's, and
/// `BTS_GHPGVN`, the Buddhist Sangha's board): a token of capitals with one of them is a
/// segmented word, not a constant (`MAX_LENGTH`); also `TCN` (trước Công nguyên) after a
/// century's numeral (`thế kỷ II_TCN`); and, from the sets of session 47, a securities
/// company's `CTCK_VNDIRECT`, a procuracy's `KSND_TPHCM`, company forms `TNHH MTV_TBO`,
/// `SX_TM DV` (sản xuất, dịch vụ; not `TM`, which C's `TM_YEAR_BASE` holds) and the central
/// level's `TW_MTC`. None is a programming word (none is a part of the 84 MB of Wikipedia's
/// constants); `TP` and `HCM` are left out (`TP.HCM_X` stays an identifier).
#[rustfmt::skip]
pub(super) const NEWS_ACRONYMS: &[&str] = &[
    "BHXH", "BHYT", "BTS", "BXH", "CAND", "CCCD", "CLB", "CSGT", "CTCK", "CTCP", "DOJI", "DV",
    "GHPGVN", "GPLX", "GTVT", "HAGL", "HLV", "KCN", "KSND", "MTV", "NHNN", "NXB", "PCCC", "PNJ",
    "QĐND", "RON", "SJC", "SLNA", "SX", "TAND", "TCN", "THCS", "THPT", "TNHH", "TW", "UBND", "VCK",
    "VKSND",
];

/// Small words inside foreign names and titles that underthesea joins to a name
/// (`Shape of_You`, `Gervasio_del`); accepted in a `_` token only next to a name part.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "a", "al", "an", "and", "at", "bin", "da", "de", "del", "della", "der", "des", "di", "do",
    "dos", "du", "e", "el", "for", "ibn", "in", "la", "le", "les", "of", "on", "the", "to", "van",
    "von", "y",
];

/// Capitalised words that take a number after a hyphen like a code (`Covid-19`), although a
/// capitalised word before ` - number` is otherwise a name (`Austerlitz - 1805`). The Russian
/// design bureaus' prefixes (`Kh-101`, `Mi-8`, `Il-76`, `Ka-52`, `Yak-130`) are never spaced in
/// the 84 MB of Wikipedia (75 times unspaced).
pub(super) const TITLE_CASE_CODES: &[&str] = &[
    "Covid", "Il", "Ka", "Kh", "Mers", "Mi", "Sars", "Su", "Tu", "Vinasat", "Yak",
];

/// Places, parties and football clubs that news pairs with a spaced dash (`Israel - Hamas`,
/// `Syria - Iran`, `Arsenal - Chelsea`), left spaced although other foreign names around a
/// hyphen are parts of one name (see `restore::hyphens::name_parts`): countries and territories
/// whose Vietnamese name is one foreign word, the groups and regions of the conflicts news reports, and
/// the clubs whose matches it reports most.
#[rustfmt::skip]
pub(super) const PAIRED_NAMES: &[&str] = &[
    "Afghanistan", "Ajax", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Arsenal",
    "Atletico", "Australia", "Azerbaijan", "Bahrain", "Bangladesh", "Barcelona", "Bayern",
    "Belarus", "Benfica", "Bolivia", "Bosnia", "Brasil", "Brazil", "Brunei", "Bulgaria",
    "Campuchia", "Canada", "Chelsea", "Chile", "Colombia", "Congo", "Crimea", "Croatia", "Cuba",
    "Donbass", "Dortmund", "Ecuador", "Estonia", "Ethiopia", "Everton", "Gaza", "Georgia", "Ghana",
    "Guatemala", "Haiti", "Hamas", "Hezbollah", "Honduras", "Houthi", "Hungary", "Indonesia",
    "Iran", "Iraq", "Israel", "Jordan", "Juventus", "Kashmir", "Kazakhstan", "Kenya", "Kosovo",
    "Kuwait", "Latvia", "Leverkusen", "Liban", "Libya", "Litva", "Liverpool", "Macao", "Macau",
    "Madrid", "Malaysia", "Marseille", "Mexico", "Milan", "Moldova", "Monaco", "Mozambique",
    "Myanmar", "Napoli", "Nepal", "Newcastle", "Nigeria", "Oman", "Pakistan", "Palestine", "Panama",
    "Paraguay", "Peru", "Philippines", "Qatar", "Romania", "Rwanda", "Serbia", "Sevilla",
    "Singapore", "Slovakia", "Slovenia", "Somalia", "Sudan", "Syria", "Taliban", "Tanzania",
    "Tottenham", "Tunisia", "Uganda", "Ukraine", "United", "Uruguay", "Uzbekistan", "Valencia",
    "Venezuela", "Villarreal", "Yemen", "Zimbabwe",
];

/// Words of two parts written with a hyphen: loanwords and transliterated names (`Ki-tô`, `đô-la`,
/// `mô-đun`, `vắc-xin`, `cà-phê`, `rơ-moóc`: pyvi split them in 13 lines of the sets of session 28,
/// which never spaced one, `bu-lông`, `lay-ơn`, `vô-lê` in 5 lines of session 29's, `ca-bin` and
/// `ni-long` in 5 of session 30's, a car's `ca-pô` and `ca-lăng` in 2 of session 42's, `ắc-quy` in
/// 1 of session 43's, which pyvi splits only where it was hyphenated (it joins `ắc quy`,
/// Wikipedia's form), `ny-lon` and `rơ-mooc` in 2 of session 44's; and the places and people of
/// older news: `Béc-lin`, `Xta-lin`), and the fixed compounds of two names that are one term
/// (`Hán-Việt` 278 times, spaced 6, in the 84 MB of Wikipedia; `Ấn-Âu` 134 to 0; `Áo-Hung` 139 to
/// 11; `Mác-Lênin` 13 to 10, and 16 to 0 in the test sentences of the VLSP 2013 treebank that
/// underthesea ships, which also write `Niu-Ước`, New York, twice). pyvi splits them (`Ki - tô`),
/// and a dash between such halves is rare or never occurs; pairs of countries (`Việt - Mỹ`) are not
/// listed, since news writes them spaced. Lower case, in byte order (for a binary search); a match
/// may have capitals (`Rô - ma`). Longer chains (`Mát - xcơ - va`) need no list: see
/// `restore::hyphens::transliteration`.
#[rustfmt::skip]
pub(super) const HYPHENATED_WORDS: &[&str] = &[
    "a-dục", "a-rập", "a-ten", "a-xít", "a-đam", "ai-len", "am-pe", "an-bum", "an-ten", "anh-điêng",
    "ba-lê", "ba-lô", "ba-ranh", "ba-rốc", "ba-zơ", "bi-a", "bru-nây", "bu-gi", "bu-lông", "bu-sơ",
    "báp-têm", "báp-tít", "bát-nhã", "béc-lin", "bê-nanh", "bê-tông", "bít-tết", "bô-xít", "bồ-tát",
    "bồ-đề", "ca-bin", "ca-cao", "ca-lăng", "ca-nô", "ca-pô", "ca-rô", "ca-ta", "ca-tốt", "chi-lê",
    "clin-tơn", "cu-ba", "cà-phê", "các-tông", "cát-xê", "cô-oét", "cơ-ho", "cơ-đốc", "cạc-bin",
    "da-tô", "di-gan", "di-lặc", "ga-lông", "ga-na", "ga-ra", "ghi-nê", "ghi-ta", "gia-rai",
    "giu-đa", "giéc-man", "giê-su", "giê-xu", "gô-tích", "hin-đu", "hoóc-môn", "hán-tạng",
    "hán-việt", "héc-ta", "hít-le", "i-nốc", "i-ran", "i-rắc", "i-ốt", "ki-lô", "ki-tô", "ki-ép",
    "ki-ốt", "ky-tô", "la-de", "la-tinh", "la-zăng", "lay-ơn", "li-bi", "li-băng", "lu-xơn",
    "lê-nin", "lít-va", "lô-cốt", "lạt-ma", "ma-két", "ma-li", "ma-đrít", "mi-sen", "mác-lênin",
    "mác-xít", "mát-xa", "mê-tan", "mít-tinh", "mô-da", "mô-men", "mô-sê", "mô-típ", "mô-tô",
    "mô-tơ", "mô-đun", "môn-khmer", "măng-sét", "ni-giê", "ni-long", "ni-lông", "ni-tơ", "niu-tơn",
    "niu-ước", "niết-bàn", "ny-lon", "nát-ri", "ních-xơn", "nô-en", "nơ-ron", "oóc-gan", "pa-nô",
    "pa-ri", "pa-tê", "phao-lô", "phi-lê", "phi-líp", "pho-mát", "phát-xít", "phê-rô", "phô-mai",
    "phật-đà", "phệ-đà", "phốt-pho", "pra-ha", "pu-tin", "pê-ru", "pê-đan", "pít-tông", "quốc-cộng",
    "ra-đa", "ru-bi", "rô-bốt", "rô-ma", "rơ-mooc", "rơ-moóc", "rốc-két", "sa-di", "sa-lát",
    "sa-lông", "sê-ri", "sô-viết", "sơ-mi", "sếch-xpia", "ta-luy", "tai-kadai", "thanh-tạng",
    "thích-ca", "ti-vi", "tua-bin", "tuốc-bin", "tô-gô", "tôn-xtôi", "tạng-miến", "tắc-xi", "va-li",
    "vi-rút", "vu-lan", "véc-tơ", "vô-lê", "vô-lăng", "vắc-xin", "xa-phia", "xi-lanh", "xi-măng",
    "xi-nhan", "xi-nê", "xta-lin", "xu-đăng", "xy-ri", "xê-mít", "xê-út", "xích-lô", "xô-viết",
    "á-âu", "áo-hung", "át-lát", "âu-á", "ê-kip", "ê-kíp", "ê-va", "ê-đê", "ô-liu", "ô-man", "ô-tô",
    "ô-xi", "ô-xy", "ô-xít", "ô-zôn", "ăng-ghen", "ăng-ten", "đô-la", "đạt-ma", "ả-rập", "ấn-âu",
    "ắc-quy", "ốp-lết",
];

/// Vietnamese words without marks that begin a clause after a dash, as in `Giám đốc Omega Plus -
/// cho biết`: after a name in Latin letters and ` - `, the 84 MB of Wikipedia and the news sets
/// read by session 33 write them spaced 88 times, unspaced 9 (`Kitano-cho`, a Japanese town).
/// pyvi splits every hyphen, and its `Plus - cho` would otherwise read as a compound of two
/// words in Latin letters (see `restore::hyphens::hyphen`). In byte order (for a binary search).
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "anh", "bao", "cha", "cho", "con", "em", "hay", "khi", "kinh", "nay", "quay", "sau", "sinh",
    "thu", "trang", "trong", "trung", "vai",
];

/// Abbreviations of two capitals that VnCoreNLP splits after their first (see
/// `restore::abbreviations::split_abbreviation`): a town, thị xã; a national road, quốc lộ; a
/// quarter, khu phố.
pub(super) const SPLIT_ABBREVIATIONS: &[&str] = &["KP", "QL", "TX"];

/// News sites whose dateline glues the dash to the bracket, `(PLO)- Theo …`: Pháp Luật TP.HCM
/// (`PLO`, earlier `PL`: 33 lines in 20 of the news sets read by session 33, and 2 glued on both
/// sides, `(PLO)-Ban`) and Gia Lai (`GLO`: 3 lines in 4 sets, and 1 glued on both sides), never
/// spaced before the dash, where other sites space it (`(TBTCO) - `). Every producer splits
/// it, `( PLO ) - Theo`.
pub(super) const GLUED_DATELINES: &[&str] = &["PLO", "PL", "GLO"];

/// Keywords of C-like languages and SQL that Vietnamese prose does not use as words (none is a
/// token of the news sets; in 300,000 lines of Wikipedia, `else` once and `return` twice, in
/// English quotations and titles): in a line of joined words, signs of a syntax template (see
/// `segmented::code_signs`).
pub(super) const PROGRAM_KEYWORDS: &[&str] = &[
    "else", "return", "SELECT", "FROM", "WHERE", "INSERT", "INTO", "VALUES", "CREATE", "TABLE",
];
