namespace Briefing.Layout;

/// <summary>Collects warnings once each, in the order first seen (layout runs several passes over the same content).</summary>
internal sealed class WarningCollector
{
    private readonly List<LayoutWarning> _warnings = [];
    private readonly HashSet<LayoutWarning> _seen = [];

    public IReadOnlyList<LayoutWarning> Warnings => _warnings;

    public void Add(string code, string message, string? subject = null)
    {
        var warning = new LayoutWarning(code, message, subject);
        if (_seen.Add(warning))
        {
            _warnings.Add(warning);
        }
    }
}
