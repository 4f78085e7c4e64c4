namespace Briefing.Core.Model;

/// <summary>Chart shapes the renderers draw.</summary>
public enum ChartKind
{
    Bar,
    HorizontalBar,
}
