using Scriban.Parsing;

namespace Briefing.Site.Templates.Scriban;

/// <summary>A name a template used that does not exist where it was used, with the names that do.</summary>
internal sealed record MissingName(SourceSpan Span, string Name, string What, IReadOnlyList<string> Known);
