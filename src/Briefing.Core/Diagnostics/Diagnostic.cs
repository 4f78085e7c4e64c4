namespace Briefing.Core.Diagnostics;

/// <summary>One problem in the content, where it is, and what would fix it.</summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message, string? Hint = null)
{
    /// <summary>The compiler-style line editors and terminals turn into links.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        var line = $"{Span}: {severity} {Code}: {Message}";
        return Hint is null ? line : $"{line}\n    hint: {Hint}";
    }
}
