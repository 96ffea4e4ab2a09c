// The built-in tables: the State Council General Office's yearly notices on the arrangement of
// holidays (国务院办公厅关于XXXX年部分节假日安排的通知), 2015 to 2026, with the amending notices of
// 2015, 2019 and 2020 applied. Each year was read from the notice's text (gov.cn and press reprints
// of it) and cross-checked against the per-year data of the public NateScarlet/holiday-cn dataset;
// the 2026 notice against several press reprints (新华社, 光明网) and two independent code tables that
// give its number. Years before 2015 and after 2026 are deliberately absent: no table is guessed.

private enum Festival {
    static let newYear = "New Year's Day"  // 元旦
    static let spring = "Spring Festival"  // 春节
    static let qingming = "Qingming Festival"  // 清明节
    static let labour = "Labour Day"  // 劳动节
    static let dragonBoat = "Dragon Boat Festival"  // 端午节
    static let midAutumn = "Mid-Autumn Festival"  // 中秋节
    static let national = "National Day"  // 国庆节
    static let midAutumnNational = "Mid-Autumn Festival and National Day"  // 中秋节、国庆节
    static let nationalMidAutumn = "National Day and Mid-Autumn Festival"  // 国庆节、中秋节
    static let victory2015 = "Victory Day (70th anniversary)"  // 抗战胜利70周年纪念日
}

/// A date literal of the built-in data; a malformed literal is a bug caught by the first test that loads it.
private func day(_ iso: String) -> CivilDate {
    guard let date = CivilDate(iso: iso) else { preconditionFailure("bad date \(iso) in a built-in holiday table") }
    return date
}

private func off(_ name: String, _ first: String, _ last: String? = nil) -> HolidayTable.Holiday {
    HolidayTable.Holiday(name, from: day(first), through: day(last ?? first))
}

private func work(_ name: String, _ date: String) -> HolidayTable.MakeUpWorkday {
    HolidayTable.MakeUpWorkday(name, on: day(date))
}

extension HolidayTable {
    /// The official tables for 2015–2026, in year order.
    public static let china: [HolidayTable] = [
        china2015, china2016, china2017, china2018, china2019, china2020,
        china2021, china2022, china2023, china2024, china2025, china2026,
    ]

    // 国办发明电〔2014〕28号, 2014-12-16; amended by 国发明电〔2015〕1号, 2015-05-13 (the State Council's
    // own notice: 3–5 September off for the 70th anniversary of the victory, Sunday 6 September worked).
    static let china2015 = HolidayTable(
        year: 2015,
        source: "国务院办公厅关于2015年部分节假日安排的通知 (国办发明电〔2014〕28号, 2014-12-16); "
            + "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知 (国发明电〔2015〕1号, 2015-05-13)",
        holidays: [
            off(Festival.newYear, "2015-01-01", "2015-01-03"),
            off(Festival.spring, "2015-02-18", "2015-02-24"),
            off(Festival.qingming, "2015-04-05", "2015-04-06"),  // 4月5日放假, 4月6日(星期一)补休
            off(Festival.labour, "2015-05-01"),
            off(Festival.dragonBoat, "2015-06-20"),  // 6月20日放假, 6月22日(星期一)补休
            off(Festival.dragonBoat, "2015-06-22"),
            off(Festival.victory2015, "2015-09-03", "2015-09-05"),
            off(Festival.midAutumn, "2015-09-27"),
            off(Festival.national, "2015-10-01", "2015-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.newYear, "2015-01-04"),
            work(Festival.spring, "2015-02-15"),
            work(Festival.spring, "2015-02-28"),
            work(Festival.victory2015, "2015-09-06"),
            work(Festival.national, "2015-10-10"),
        ])

    // 国办发明电〔2015〕18号, 2015-12-10.
    static let china2016 = HolidayTable(
        year: 2016,
        source: "国务院办公厅关于2016年部分节假日安排的通知 (国办发明电〔2015〕18号, 2015-12-10)",
        holidays: [
            off(Festival.newYear, "2016-01-01"),
            off(Festival.spring, "2016-02-07", "2016-02-13"),
            off(Festival.qingming, "2016-04-04"),
            off(Festival.labour, "2016-05-01", "2016-05-02"),  // 5月1日放假, 5月2日(星期一)补休
            off(Festival.dragonBoat, "2016-06-09", "2016-06-11"),
            off(Festival.midAutumn, "2016-09-15", "2016-09-17"),
            off(Festival.national, "2016-10-01", "2016-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2016-02-06"),
            work(Festival.spring, "2016-02-14"),
            work(Festival.dragonBoat, "2016-06-12"),
            work(Festival.midAutumn, "2016-09-18"),
            work(Festival.national, "2016-10-08"),
            work(Festival.national, "2016-10-09"),
        ])

    // 国办发明电〔2016〕17号, 2016-12-01.
    static let china2017 = HolidayTable(
        year: 2017,
        source: "国务院办公厅关于2017年部分节假日安排的通知 (国办发明电〔2016〕17号, 2016-12-01)",
        holidays: [
            off(Festival.newYear, "2017-01-01", "2017-01-02"),  // 1月1日放假, 1月2日(星期一)补休
            off(Festival.spring, "2017-01-27", "2017-02-02"),
            off(Festival.qingming, "2017-04-02", "2017-04-04"),
            off(Festival.labour, "2017-05-01"),
            off(Festival.dragonBoat, "2017-05-28", "2017-05-30"),
            off(Festival.midAutumnNational, "2017-10-01", "2017-10-08"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2017-01-22"),
            work(Festival.spring, "2017-02-04"),
            work(Festival.qingming, "2017-04-01"),
            work(Festival.dragonBoat, "2017-05-27"),
            work(Festival.midAutumnNational, "2017-09-30"),
        ])

    // 国办发明电〔2017〕12号, 2017-11-30.
    static let china2018 = HolidayTable(
        year: 2018,
        source: "国务院办公厅关于2018年部分节假日安排的通知 (国办发明电〔2017〕12号, 2017-11-30)",
        holidays: [
            off(Festival.newYear, "2018-01-01"),
            off(Festival.spring, "2018-02-15", "2018-02-21"),
            off(Festival.qingming, "2018-04-05", "2018-04-07"),
            off(Festival.labour, "2018-04-29", "2018-05-01"),
            off(Festival.dragonBoat, "2018-06-18"),
            off(Festival.midAutumn, "2018-09-24"),
            off(Festival.national, "2018-10-01", "2018-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2018-02-11"),
            work(Festival.spring, "2018-02-24"),
            work(Festival.qingming, "2018-04-08"),
            work(Festival.labour, "2018-04-28"),
            work(Festival.national, "2018-09-29"),
            work(Festival.national, "2018-09-30"),
        ])

    // 国办发明电〔2018〕15号, 2018-12-04; Labour Day as amended by 国办发明电〔2019〕3号, 2019-03-22
    // (1–4 May off, Sundays 28 April and 5 May worked; the first notice gave 1 May alone).
    static let china2019 = HolidayTable(
        year: 2019,
        source: "国务院办公厅关于2019年部分节假日安排的通知 (国办发明电〔2018〕15号, 2018-12-04); "
            + "国务院办公厅关于调整2019年劳动节假期安排的通知 (国办发明电〔2019〕3号, 2019-03-22)",
        holidays: [
            off(Festival.newYear, "2018-12-30", "2019-01-01"),
            off(Festival.spring, "2019-02-04", "2019-02-10"),
            off(Festival.qingming, "2019-04-05"),
            off(Festival.labour, "2019-05-01", "2019-05-04"),
            off(Festival.dragonBoat, "2019-06-07"),
            off(Festival.midAutumn, "2019-09-13"),
            off(Festival.national, "2019-10-01", "2019-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.newYear, "2018-12-29"),
            work(Festival.spring, "2019-02-02"),
            work(Festival.spring, "2019-02-03"),
            work(Festival.labour, "2019-04-28"),
            work(Festival.labour, "2019-05-05"),
            work(Festival.national, "2019-09-29"),
            work(Festival.national, "2019-10-12"),
        ])

    // 国办发明电〔2019〕16号, 2019-11-21; Spring Festival as extended by 国办发明电〔2020〕1号, 2020-01-26
    // (break to Sunday 2 February, work from Monday 3 February, so Saturday 1 February is no longer worked).
    static let china2020 = HolidayTable(
        year: 2020,
        source: "国务院办公厅关于2020年部分节假日安排的通知 (国办发明电〔2019〕16号, 2019-11-21); "
            + "国务院办公厅关于延长2020年春节假期的通知 (国办发明电〔2020〕1号, 2020-01-26)",
        holidays: [
            off(Festival.newYear, "2020-01-01"),
            off(Festival.spring, "2020-01-24", "2020-02-02"),
            off(Festival.qingming, "2020-04-04", "2020-04-06"),
            off(Festival.labour, "2020-05-01", "2020-05-05"),
            off(Festival.dragonBoat, "2020-06-25", "2020-06-27"),
            off(Festival.nationalMidAutumn, "2020-10-01", "2020-10-08"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2020-01-19"),
            work(Festival.labour, "2020-04-26"),
            work(Festival.labour, "2020-05-09"),
            work(Festival.dragonBoat, "2020-06-28"),
            work(Festival.nationalMidAutumn, "2020-09-27"),
            work(Festival.nationalMidAutumn, "2020-10-10"),
        ])

    // 国办发明电〔2020〕27号, 2020-11-25.
    static let china2021 = HolidayTable(
        year: 2021,
        source: "国务院办公厅关于2021年部分节假日安排的通知 (国办发明电〔2020〕27号, 2020-11-25)",
        holidays: [
            off(Festival.newYear, "2021-01-01", "2021-01-03"),
            off(Festival.spring, "2021-02-11", "2021-02-17"),
            off(Festival.qingming, "2021-04-03", "2021-04-05"),
            off(Festival.labour, "2021-05-01", "2021-05-05"),
            off(Festival.dragonBoat, "2021-06-12", "2021-06-14"),
            off(Festival.midAutumn, "2021-09-19", "2021-09-21"),
            off(Festival.national, "2021-10-01", "2021-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2021-02-07"),
            work(Festival.spring, "2021-02-20"),
            work(Festival.labour, "2021-04-25"),
            work(Festival.labour, "2021-05-08"),
            work(Festival.midAutumn, "2021-09-18"),
            work(Festival.national, "2021-09-26"),
            work(Festival.national, "2021-10-09"),
        ])

    // 国办发明电〔2021〕11号, 2021-10-25.
    static let china2022 = HolidayTable(
        year: 2022,
        source: "国务院办公厅关于2022年部分节假日安排的通知 (国办发明电〔2021〕11号, 2021-10-25)",
        holidays: [
            off(Festival.newYear, "2022-01-01", "2022-01-03"),
            off(Festival.spring, "2022-01-31", "2022-02-06"),
            off(Festival.qingming, "2022-04-03", "2022-04-05"),
            off(Festival.labour, "2022-04-30", "2022-05-04"),
            off(Festival.dragonBoat, "2022-06-03", "2022-06-05"),
            off(Festival.midAutumn, "2022-09-10", "2022-09-12"),
            off(Festival.national, "2022-10-01", "2022-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2022-01-29"),
            work(Festival.spring, "2022-01-30"),
            work(Festival.qingming, "2022-04-02"),
            work(Festival.labour, "2022-04-24"),
            work(Festival.labour, "2022-05-07"),
            work(Festival.national, "2022-10-08"),
            work(Festival.national, "2022-10-09"),
        ])

    // 国办发明电〔2022〕16号, 2022-12-08.
    static let china2023 = HolidayTable(
        year: 2023,
        source: "国务院办公厅关于2023年部分节假日安排的通知 (国办发明电〔2022〕16号, 2022-12-08)",
        holidays: [
            off(Festival.newYear, "2022-12-31", "2023-01-02"),
            off(Festival.spring, "2023-01-21", "2023-01-27"),
            off(Festival.qingming, "2023-04-05"),
            off(Festival.labour, "2023-04-29", "2023-05-03"),
            off(Festival.dragonBoat, "2023-06-22", "2023-06-24"),
            off(Festival.midAutumnNational, "2023-09-29", "2023-10-06"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2023-01-28"),
            work(Festival.spring, "2023-01-29"),
            work(Festival.labour, "2023-04-23"),
            work(Festival.labour, "2023-05-06"),
            work(Festival.dragonBoat, "2023-06-25"),
            work(Festival.midAutumnNational, "2023-10-07"),
            work(Festival.midAutumnNational, "2023-10-08"),
        ])

    // 国办发明电〔2023〕7号, 2023-10-25. (The notice only encourages a day off on the eve, 9 February;
    // it is not a day off, so it is not listed.)
    static let china2024 = HolidayTable(
        year: 2024,
        source: "国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25)",
        holidays: [
            off(Festival.newYear, "2024-01-01"),
            off(Festival.spring, "2024-02-10", "2024-02-17"),
            off(Festival.qingming, "2024-04-04", "2024-04-06"),
            off(Festival.labour, "2024-05-01", "2024-05-05"),
            off(Festival.dragonBoat, "2024-06-10"),
            off(Festival.midAutumn, "2024-09-15", "2024-09-17"),
            off(Festival.national, "2024-10-01", "2024-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2024-02-04"),
            work(Festival.spring, "2024-02-18"),
            work(Festival.qingming, "2024-04-07"),
            work(Festival.labour, "2024-04-28"),
            work(Festival.labour, "2024-05-11"),
            work(Festival.midAutumn, "2024-09-14"),
            work(Festival.national, "2024-09-29"),
            work(Festival.national, "2024-10-12"),
        ])

    // 国办发明电〔2024〕12号, 2024-11-12: the first year under the 2024 revision of 全国年节及纪念日放假办法
    // (the eve of the Spring Festival and 2 May became statutory days off).
    static let china2025 = HolidayTable(
        year: 2025,
        source: "国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)",
        holidays: [
            off(Festival.newYear, "2025-01-01"),
            off(Festival.spring, "2025-01-28", "2025-02-04"),
            off(Festival.qingming, "2025-04-04", "2025-04-06"),
            off(Festival.labour, "2025-05-01", "2025-05-05"),
            off(Festival.dragonBoat, "2025-05-31", "2025-06-02"),
            off(Festival.nationalMidAutumn, "2025-10-01", "2025-10-08"),
        ],
        makeUpWorkdays: [
            work(Festival.spring, "2025-01-26"),
            work(Festival.spring, "2025-02-08"),
            work(Festival.labour, "2025-04-27"),
            work(Festival.nationalMidAutumn, "2025-09-28"),
            work(Festival.nationalMidAutumn, "2025-10-11"),
        ])

    // 国办发明电〔2025〕7号, 2025-11-04.
    static let china2026 = HolidayTable(
        year: 2026,
        source: "国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04)",
        holidays: [
            off(Festival.newYear, "2026-01-01", "2026-01-03"),
            off(Festival.spring, "2026-02-15", "2026-02-23"),
            off(Festival.qingming, "2026-04-04", "2026-04-06"),
            off(Festival.labour, "2026-05-01", "2026-05-05"),
            off(Festival.dragonBoat, "2026-06-19", "2026-06-21"),
            off(Festival.midAutumn, "2026-09-25", "2026-09-27"),
            off(Festival.national, "2026-10-01", "2026-10-07"),
        ],
        makeUpWorkdays: [
            work(Festival.newYear, "2026-01-04"),
            work(Festival.spring, "2026-02-14"),
            work(Festival.spring, "2026-02-28"),
            work(Festival.labour, "2026-05-09"),
            work(Festival.national, "2026-09-20"),
            work(Festival.national, "2026-10-10"),
        ])
}
