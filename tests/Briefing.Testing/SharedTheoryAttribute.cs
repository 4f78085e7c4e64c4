namespace Briefing.Testing;

/// <summary>
/// A theory over <c>../shared/&lt;relative&gt;</c>, with the same rule as <see cref="SharedFactAttribute"/>. A
/// skipped theory is one skipped test (xunit does not read its data); build the data with
/// <see cref="SharedFiles.Rows"/> so it never throws either way.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relative)
    {
        Skip = Prerequisite.SkipReason(SharedFiles.Missing(relative), Prerequisite.IsCi);
    }
}
