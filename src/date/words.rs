//! The word lists of the date recogniser (spec §5), kept apart from the logic so that a reviewer
//! can read and extend them without reading code. All entries are lower case NFC; the recogniser
//! lower-cases the text's words before comparing, so `Hôm`, `HÔM` and `hôm` are alike.

/// Strong triggers: a year-less date may follow them, directly or through [`FILLERS`].
/// `rạng sáng` needs no entry of its own: `sáng` is the word next to the date.
pub(super) const STRONG: &[&str] = &[
    "ngày", "mùng", "mồng", "hôm", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
];

/// Weak triggers (`tính đến`, `kể từ` end in one of these): the date after them must also pass
/// the stricter next-word guard ([`WEAK_NEXT_BLOCK`]).
pub(super) const WEAK: &[&str] = &[
    "từ", "đến", "tới", "trước", "sau", "vào", "dịp", "hạn", "hết",
];

/// Words that may stand between a trigger and the date without breaking the link
/// (`sáng nay (2.12)`, `hôm thứ Hai tuần trước`, `các ngày 6 và 7.12`). Anything else between
/// them, e.g. a verb (`chiều nay thắng 2-1`), breaks it: precision first. `lúc` is not one:
/// `sáng nay lúc 9.05` is a clock time.
pub(super) const FILLERS: &[&str] = &[
    "nay", "qua", "mai", "này", "vừa", "rồi", "tuần", "cuối", "đầu", "giữa", "và", "hoặc",
];

/// Before a weak trigger these make the number an amount reached (`đạt đến 1.8`, `lên tới 2.5`,
/// `chưa tới 18.5`), not a date.
pub(super) const AMOUNT_VERBS: &[&str] = &[
    "đạt", "lên", "xuống", "cao", "thấp", "chưa", "tăng", "giảm", "hơn", "khoảng", "gần",
];

/// Weekday names after `thứ` (`thứ Hai`, `thứ 2`); `Chủ nhật` and `CN` are handled apart.
pub(super) const WEEKDAYS: &[&str] = &[
    "hai", "ba", "tư", "năm", "sáu", "bảy", "2", "3", "4", "5", "6", "7",
];

/// Before `ngày` these make it "per day" (`mỗi ngày 2-3 lần`), not a date cue.
pub(super) const PER_DAY: &[&str] = &["mỗi", "mọi", "một", "hằng", "hàng", "vài", "mấy", "nhiều"];

/// Words that, directly before a number, make it an address, a section, a version, a class or a
/// room (`nhà số 6/12`, `phiên bản 2.12.2024`, `mục 3.2`): never a date, even a full one.
pub(super) const BLOCK_BEFORE: &[&str] = &[
    "số", "ngõ", "ngách", "hẻm", "kiệt", "bản", "version", "mục", "điều", "khoản", "chương",
    "trang", "tập", "lớp", "phòng", "tầng", "lô", "lộ", "km", "tuyến", "kênh",
];

/// Words that, directly after a year-less candidate, make it a measure or an amount (`2.5 km`,
/// `6-7/10 điểm`, `uống ngày 2-3 lần`), whatever the trigger.
pub(super) const NEXT_BLOCK: &[&str] = &[
    "%",
    "lần",
    "bàn",
    "điểm",
    "km",
    "m",
    "cm",
    "mm",
    "kg",
    "g",
    "tấn",
    "tạ",
    "lít",
    "ha",
    "mét",
    "tuổi",
    "độ",
    "trăm",
    "nghìn",
    "ngàn",
    "triệu",
    "tỷ",
    "tỉ",
    "đồng",
    "đ",
    "usd",
    "vnđ",
    "vnd",
    "euro",
    "phiếu",
    "suất",
    "lượt",
    "vòng",
    "bữa",
    "viên",
    "liều",
    "kb",
    "mb",
    "gb",
    "tb",
    "hz",
    "khz",
    "mhz",
    "ghz",
    "kw",
    "mw",
    "w",
    "v",
    "mg",
    "ml",
    "inch",
    "dặm",
    "s",
    "gram",
    "gam",
    "mp",
    "megapixel",
    "pixel",
    "trở",
    "hay",
    // `ngày 4-5 tháng 10`: the day range of a verbal date, not day/month.
    "tháng",
    // `(2-5 ngày)`, `(8-9 giờ)`: durations.
    "ngày",
    "tuần",
    "giờ",
    "phút",
    "giây",
];

/// After a weak or distant trigger also these: counted nouns (`2-3 người`; after a strong
/// trigger right before the date, `Sáng 2.12 người dân...` is a date), durations (`từ 6-7 ngày`,
/// `sau 2.5 năm`), shares (`đến 1/2 dân số`), changes of value (`tăng từ 1.5 lên 2.5`) and
/// times of day (`vào 9.05 sáng` is a clock time).
pub(super) const WEAK_NEXT_BLOCK: &[&str] = &[
    "người", "ca", "trận", "ván", "hiệp", "phần", "chiếc", "con", "cái", "căn", "hộ", "xe", "ghế",
    "năm", "số", "dân", "lên", "xuống", "sáng", "trưa", "chiều", "tối", "đêm",
];

/// After `năm`, these make it a named period (`năm nay`, `tháng trước`), so the
/// period word does not turn the number before it into a duration.
pub(super) const PERIOD_DEICTICS: &[&str] = &["nay", "ngoái", "trước", "sau", "tới", "qua", "này"];

/// Words directly before `H : MM` that make it a clock time (`lúc 14 : 30`); without one of them
/// `Khoản 3 : 30 ngày` or a ratio `1 : 50` could be meant, and the colon is left spaced.
pub(super) const TIME_CUES: &[&str] = &[
    "lúc", "vào", "hồi", "khoảng", "sáng", "trưa", "chiều", "tối", "đêm", "khuya",
];

/// Words that make a following `HhMM` a point in time for the ISO style (spec §5).
pub(super) const ISO_TIME_CUES: &[&str] = &["lúc", "vào"];

/// Connective words of a range whose words are kept (`từ 30.11 đến 2.12`).
pub(super) const RANGE_WORDS: &[&str] = &["đến", "tới"];
