import SimKernel

extension WorldSpec {
    /// The upper systems of seed 002's City A: "延时、断网、数据丢失和卡机闪退…较为普遍" — hours of
    /// latency, one upload in ten disconnected, 2% of records lost on the way.
    public static let cityAUpperSystemFaults = UpperSystemFaults(
        latency: .lognormal(median: .hours(2), p95: .days(2)), disconnectProbability: 0.1, recordLossRate: 0.02)

    /// Seed 002's City A in 2019, reduced to its vertical flows (R-RET-1, R-RET-2): the city's public
    /// security bureau, a local office of a vertically managed department, reports population records
    /// up to the Ministry of Public Security on a line with the default (blocked) return; the city's
    /// grid centre reports the same kind of records to the provincial comprehensive-governance system on
    /// a line that pushes them back every 7 days. Both face the City A upper-system faults, resend what
    /// is lost, and the city asks for its records every 30 days.
    public static var cityAFixture: WorldSpec {
        let start = CivilDate(year: 2019, month: 1, day: 1)!
        let governments = [
            GovernmentSpec(id: "CN", name: "国家", level: .national, parent: nil),
            GovernmentSpec(id: "P", name: "某省", level: .provincial, parent: "CN"),
            GovernmentSpec(id: "A", name: "A市", level: .municipal, parent: "P"),
        ]
        let departments = [
            DepartmentSpec(id: "CN-MPS", name: "公安部", government: "CN", resources: []),
            DepartmentSpec(id: "P-ZZ", name: "某省综治办", government: "P", resources: []),
            DepartmentSpec(id: "A-PSB", name: "A市公安局", government: "A", resources: []),
            DepartmentSpec(id: "A-GRID", name: "A市网格化服务管理中心", government: "A", resources: []),
        ]
        let lines = [
            ReportingLine(
                id: "ps-population", name: "户籍人口信息上报", receiver: "CN-MPS", collectors: ["A-PSB"],
                verticallyManaged: true, schedule: .weekly, recordsPerDay: 40, faults: cityAUpperSystemFaults),
            ReportingLine(
                id: "grid-population", name: "网格人口信息采集", receiver: "P-ZZ", collectors: ["A-GRID"],
                schedule: .weekly, recordsPerDay: 40, returnPolicy: .push(everyDays: 7),
                faults: cityAUpperSystemFaults),
        ]
        return WorldSpec(
            seed: 2019, startDate: start, governments: governments, departments: departments, lines: lines)
    }
}
