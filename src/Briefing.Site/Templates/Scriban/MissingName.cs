using Scriban.Parsing;

namespace Briefing.Site.Templates.Scriban;

/// <summary>A name a template used that does not exist where it was used, with the names that do.</summary>
/// <remarks>
/// <c>Values</c>: what the view or value at hand offers, listed when nothing is close.<br/>
/// <c>Functions</c>: the functions and modules also in reach, offered only when one is close.<br/>
/// </remarks>
internal sealed record MissingName(SourceSpan Span, string Name, string What, IReadOnlyList<string> Values, IReadOnlyList<string> Functions);
