using System.Text.RegularExpressions;
using Briefing.Core.Loading.Documents;
using Briefing.Core.Model;
using Briefing.Core.Text;

namespace Briefing.Core.Loading.Binding;

/// <summary>What each <see cref="ValueFormat"/> accepts; shared by the binder and the JSON Schema.</summary>
public static partial class FormatCheck
{
    /// <summary>True when <paramref name="text"/> has the format.</summary>
    public static bool IsValid(ValueFormat format, string text) => format switch
    {
        ValueFormat.Id => IdPattern().IsMatch(text),
        ValueFormat.PartialDate => PartialDate.TryParse(text) is not null,
        ValueFormat.HistoryDate => PartialDate.TryParse(text, allowNoLaterThan: true) is not null,
        ValueFormat.Period => Period.TryParse(text) is not null,
        ValueFormat.Url => UrlPolicy.IsWebUrl(text),
        ValueFormat.Language => LanguagePattern().IsMatch(text),
        ValueFormat.Color => ColorPattern().IsMatch(text),
        _ => true,
    };

    /// <summary>What a valid value looks like, for hints.</summary>
    public static string Expected(ValueFormat format) => format switch
    {
        ValueFormat.Id => "an id: lowercase letters and digits joined by hyphens, e.g. baic-catl-2023",
        ValueFormat.PartialDate => "a real date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-03-13 or 2023-03",
        ValueFormat.HistoryDate => "a real date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2023-03-13, or 'by 2023-03' when the source gives only the latest it can be",
        ValueFormat.Period => "a date or a range of two, e.g. 2022 or 2023-01/2023-02",
        ValueFormat.Url => "an absolute http:// or https:// URL",
        ValueFormat.Language => "a language tag, e.g. en or zh-Hans",
        ValueFormat.Color => "a colour as #rrggbb, e.g. #1f4e79",
        _ => "Markdown text",
    };

    /// <summary>A regular expression for the JSON Schema, where the format has a simple one.</summary>
    public static string? SchemaPattern(ValueFormat format) => format switch
    {
        ValueFormat.Id => IdPattern().ToString(),
        ValueFormat.PartialDate => @"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
        ValueFormat.HistoryDate => @"^(by )?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$",
        ValueFormat.Period => @"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$",
        ValueFormat.Url => "^https?://",
        ValueFormat.Language => LanguagePattern().ToString(),
        ValueFormat.Color => ColorPattern().ToString(),
        _ => null,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
