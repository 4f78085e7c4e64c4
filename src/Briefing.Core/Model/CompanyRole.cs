namespace Briefing.Core.Model;

/// <summary>What a company does, for grouping and labels.</summary>
public enum CompanyRole
{
    Automaker,
    CommercialVehicleMaker,
    BatteryMaker,
    TechnologyCompany,
    ResearchFirm,
    NewsOrganisation,
    Holding,
    Other,
}
