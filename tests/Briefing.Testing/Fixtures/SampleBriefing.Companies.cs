using Briefing.Core.Model;

namespace Briefing.Testing.Fixtures;

public static partial class SampleBriefing
{
    private static IEnumerable<Company> Companies() =>
    [
        new Company("baic-group", "BAIC Group", "北京汽车集团有限公司", ["BAIC GROUP", "Beijing Automotive Group"], null, [],
            "Beijing", [CompanyRole.Automaker, CompanyRole.Holding], "A state-owned carmaker and parent of BAIC BluePark and BAIC Foton.",
            [Cite("baic-group-press-release-2023")],
            [
                new Person("Jiang Deyi", "Party secretary and chairman", [Cite("baic-group-press-release-2023")]),
                new Person("Zhang Xiyong", "General manager", [Cite("baic-group-press-release-2023")]),
            ]),
        new Company("baic-bluepark", "BAIC BluePark", "北汽蓝谷新能源科技股份有限公司", ["BAIC BluePark New Energy Technology"],
            "baic-group", [Cite("cnevpost-catl-baic-2023")], null, [CompanyRole.Automaker, CompanyRole.Holding],
            "Listed parent of BJEV.", [Cite("cnevpost-catl-baic-2023")], []),
        new Company("bjev", "BJEV", "北京新能源汽车股份有限公司", ["Beijing Electric Vehicle Co Ltd"], "baic-bluepark",
            [Cite("cnevpost-catl-baic-2023")], null, [CompanyRole.Automaker], "BAIC's NEV maker.", [Cite("cnevpost-catl-baic-2023")], []),
        new Company("baic-foton", "BAIC Foton", "北汽福田汽车股份有限公司", [], "baic-group", [Cite("smm-foton-catl-2025")], null,
            [CompanyRole.CommercialVehicleMaker], "A commercial vehicle maker: heavy and light trucks, buses.", [Cite("smm-foton-catl-2025")], []),
        new Company("catl", "CATL", "宁德时代新能源科技股份有限公司", ["Contemporary Amperex Technology Co. Limited"], null, [],
            "Ningde, Fujian", [CompanyRole.BatteryMaker], "The largest maker of EV batteries.", [Cite("smm-foton-catl-2025")],
            [new Person("Zeng Yuqun", "Chairman", [Cite("baic-group-press-release-2023")])]),
        new Company("xiaomi", "Xiaomi", "小米集团", ["Xiaomi Corp"], null, [], null, [CompanyRole.TechnologyCompany],
            "Smartphone and connected-device maker.", [Cite("reuters-xiaomi-great-wall-2021")],
            [new Person("Lei Jun", "Founder and CEO", [Cite("reuters-xiaomi-great-wall-2021")])]),
        new Company("great-wall", "Great Wall Motor", "长城汽车股份有限公司", ["Great Wall"], null, [], "Baoding",
            [CompanyRole.Automaker], "China's biggest pickup truck maker.", [Cite("republished-xiaomi-great-wall-2021")], []),
        new Company("reuters", "Reuters", null, [], null, [], null, [CompanyRole.NewsOrganisation], null, [], []),
    ];
}
