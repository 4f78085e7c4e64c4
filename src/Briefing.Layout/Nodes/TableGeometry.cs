using Briefing.Layout.Canvas;

namespace Briefing.Layout.Nodes;

/// <summary>Column positions and cell decoration shared by the rows of one table.</summary>
internal sealed record TableGeometry(IReadOnlyList<double> ColumnX, IReadOnlyList<double> ColumnWidths, Insets Padding, Stroke? Border);
