extension RuleID {
    /// A short English title for listings.
    public var title: String {
        switch self {
        case .cat1: "Resource classes"
        case .cat2: "Core metadata"
        case .cat3: "Catalog compilation and aggregation"
        case .cat4: "Catalog update deadline"
        case .cat5: "Provider maintains its data"
        case .shr1: "Sharing is the rule"
        case .shr2: "Unconditional sharing"
        case .shr3: "Conditional sharing"
        case .shr4: "Not shared needs a legal basis"
        case .shr5: "Free and demand-driven"
        case .plt1: "Platforms at every level"
        case .plt2: "Share through the platforms"
        case .plt3: "Provision through front-end systems"
        case .plt4: "Scope, purpose and method"
        case .sec1: "Inner and outer networks"
        case .sec2: "Security duties"
        case .esc1: "Negotiate first"
        case .esc2: "Same-level authority coordinates"
        case .esc3: "Council coordinates central cases"
        case .use1: "Declared purpose only"
        case .use2: "Once-only collection"
        case .use3: "Feedback and correction"
        case .ret1: "Upward reporting"
        case .ret2: "Return flow"
        case .eval1: "Yearly evaluation"
        case .eval2: "Rectification"
        case .eval3: "No approval, no funding"
        case .eval4: "Indicator families"
        case .eval5: "Report and audit"
        }
    }

    /// The rule as DOMAIN.md states it, in English.
    public var text: String {
        switch self {
        case .cat1:
            "Classes: base resources (population, legal entities, natural resources & geospatial), thematic "
                + "resources (health, social security, food safety, service items, e-licences…), department "
                + "resources."
        case .cat2:
            "Core metadata per resource: classification, name, resource code, provider, provider code, summary, "
                + "format, information items (name, data type, update cycle), share type and share conditions, "
                + "share method, open-data type and conditions, publish date."
        case .cat3:
            "Departments compile their catalog (and a data list) from their list of duties; the level's platform "
                + "aggregates department catalogs; the national catalog is aggregated from all of them (NDRC)."
        case .cat4:
            "When law or a department's functions change, the department updates its catalog within 15 working days."
        case .cat5:
            "Provider maintains and updates data: complete, accurate, timely, consistent with what it holds."
        case .shr1:
            "Sharing is the rule, not sharing the exception."
        case .shr2:
            "Unconditional: provided to the platform from the department's systems per the catalog; any department "
                + "may use it via the platform."
        case .shr3:
            "Conditional: the user department applies through the platform; the provider reviews and answers within "
                + "10 working days; the user uses it as the answer says. A refusal must give reasons."
        case .shr4:
            "Not shared: must cite a law, administrative regulation, or Party Central Committee / State Council "
                + "policy. Base resources are shared (unconditionally) by principle."
        case .shr5:
            "Free of charge, demand-driven."
        case .plt1:
            "Every government at prefecture (municipal) level and above builds its sharing platform; the national "
                + "platform system links them (NDRC organises the national one)."
        case .plt2:
            "New business systems that need cross-department data must share through the platforms; legacy exchange "
                + "systems migrate to them over time."
        case .plt3:
            "Unconditional data is extracted per the catalog from the provider's business systems and provided "
                + "through the front-end system the platform sets up for it; conditional data is extracted after "
                + "approval and provided the same way."
        case .plt4:
            "Provision states the share scope and the purpose of use; methods: system docking, front-end exchange, "
                + "online query, bulk download."
        case .sec1:
            "The inner-network platform follows classified-system protection and carries classified data; the "
                + "outer-network platform follows network-security rules; data does not cross from inner to outer."
        case .sec2:
            "The platform operator protects data in exchange; providers and users secure their own docking systems."
        case .esc1:
            "A user that needs not-shared (or refused) data for its duties first negotiates with the provider."
        case .esc2:
            "If negotiation fails, the same-level sharing authority coordinates."
        case .esc3:
            "If a central (national) department is involved, the coordination council coordinates."
        case .use1:
            "Only for the declared purpose and the user's own duties; never passed to a third party, directly or in "
                + "changed form."
        case .use2:
            "Once-only: what the platform can provide must not be collected again from citizens or companies."
        case .use3:
            "A user that doubts shared data or finds errors feeds back to the provider, who verifies and corrects "
                + "quickly."
        case .ret1:
            "Lower governments collect and pass data upward (an obligation)."
        case .ret2:
            "Return flow: data held by upper levels flows back to the local governments that need it. In practice "
                + "it is blocked or slow, worst for vertically managed departments; upper-level systems serve the "
                + "grassroots badly (latency, disconnections, lost data)."
        case .eval1:
            "Yearly evaluation of each department's provision and use of shared information; the report and "
                + "improvement advice are published."
        case .eval2:
            "A department or province that falls short gets a rectification notice; if not rectified in time it is "
                + "reported to the State Council."
        case .eval3:
            "Projects that do not meet sharing requirements get no approval and no operations funding."
        case .eval4:
            "Indicator families: resource sharing, standards coordination, work coordination, satisfaction. "
                + "Shenzhen uses 3 first-level indicators (information sharing, benefit to the public, other "
                + "innovation) and 7 second-level ones (provision of shared info, cross-department use, internal "
                + "sharing, institutional cooperation, proactive notification, new-media service, other innovation)."
        case .eval5:
            "The council reports yearly to the State Council on the state of sharing; audit bodies audit "
                + "implementation and the use of funds."
        }
    }

    /// The key Chinese phrase of the rule, from DOMAIN.md or, where it gives none, from the seed that
    /// states the rule (seed 000: R-CAT-1, R-EVAL-2, R-EVAL-3); `nil` when neither has a short phrase.
    public var chinese: String? {
        switch self {
        case .cat1: "基础信息资源、主题信息资源、部门信息资源"
        case .cat2: nil
        case .cat3: "政务信息资源目录"
        case .cat4: nil
        case .cat5: "谁主管，谁提供，谁负责"
        case .shr1: "以共享为原则、不共享为例外"
        case .shr2: "无条件共享"
        case .shr3: "有条件共享"
        case .shr4: "不予共享"
        case .shr5: "需求导向、无偿使用"
        case .plt1: "共享平台"
        case .plt2: nil
        case .plt3: "前置系统"
        case .plt4: nil
        case .sec1: "内网 / 外网"
        case .sec2: nil
        case .esc1: nil
        case .esc2: "政务信息资源共享主管部门"
        case .esc3: "促进大数据发展部际联席会议"
        case .use1: "谁经手，谁使用，谁管理，谁负责"
        case .use2: "能共享获取的，不得重复采集"
        case .use3: "疑义、错误信息快速校核"
        case .ret1: nil
        case .ret2: "数据回流"
        case .eval1: nil
        case .eval2: "通知整改"
        case .eval3: "不予审批建设项目，不予安排运维经费"
        case .eval4: nil
        case .eval5: nil
        }
    }
}
