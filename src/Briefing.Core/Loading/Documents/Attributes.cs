namespace Briefing.Core.Loading.Documents;

/// <summary>What a string field must look like, checked by the binder and written into the JSON Schema.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FormatAttribute(ValueFormat format) : Attribute
{
    public ValueFormat Format { get; } = format;
}

/// <summary>The string shapes content fields use.</summary>
public enum ValueFormat
{
    /// <summary>Lowercase words joined by hyphens: <c>baic-catl-2023</c>.</summary>
    Id,
    /// <summary>A date at day, month or year precision: <c>2023-03-13</c>, <c>2023-03</c>, <c>2023</c>.</summary>
    PartialDate,
    /// <summary>A <see cref="PartialDate"/>, or <c>by 2023-03</c> when a source gives only the latest it can be.</summary>
    HistoryDate,
    /// <summary>A date or a range of dates: <c>2022</c>, <c>2023-01/2023-02</c>.</summary>
    Period,
    /// <summary>Markdown text; raw HTML is not rendered.</summary>
    Markdown,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>A BCP 47 language tag: <c>en</c>, <c>zh-Hans</c>.</summary>
    Language,
    /// <summary>A colour as <c>#rrggbb</c>.</summary>
    Color,
}
