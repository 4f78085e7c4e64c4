using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Loading;

/// <summary>A kind of content file: where it lives, what it binds to, and its schema's name.</summary>
public sealed record ContentKind(string Folder, string SchemaName, Type DocumentType)
{
    public static readonly ContentKind Briefing = new("", "briefing", typeof(BriefingDocument));
    public static readonly ContentKind Source = new("sources", "source", typeof(SourceDocument));
    public static readonly ContentKind Company = new("companies", "company", typeof(CompanyDocument));
    public static readonly ContentKind Deal = new("deals", "deal", typeof(DealDocument));
    public static readonly ContentKind Fact = new("facts", "fact", typeof(FactDocument));
    public static readonly ContentKind Event = new("events", "event", typeof(EventDocument));
    public static readonly ContentKind Chart = new("charts", "chart", typeof(ChartDocument));

    /// <summary>Every kind, briefing.yaml first.</summary>
    public static IReadOnlyList<ContentKind> All { get; } = [Briefing, Source, Company, Deal, Fact, Event, Chart];

    /// <summary>The kinds kept one entity per file in their own folder.</summary>
    public static IReadOnlyList<ContentKind> EntityKinds { get; } = [Source, Company, Deal, Fact, Event, Chart];

    /// <summary>The file name of the schema under content/schemas/.</summary>
    public string SchemaFile => $"{SchemaName}.schema.json";
}
