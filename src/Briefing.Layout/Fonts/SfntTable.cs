namespace Briefing.Layout.Fonts;

/// <summary>One entry of an OpenType table directory: where a table lives in the file.</summary>
internal readonly record struct SfntTable(string Tag, uint CheckSum, int Offset, int Length);
