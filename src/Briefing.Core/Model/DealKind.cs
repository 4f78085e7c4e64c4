namespace Briefing.Core.Model;

/// <summary>The kinds of arrangement the briefing tracks.</summary>
public enum DealKind
{
    StrategicCooperationAgreement,
    Memorandum,
    ContractManufacturingTalks,
    ContractManufacturing,
    JointVenture,
    ReportedTalks,
    LongTermCooperation,
}
