namespace Briefing.Testing;

/// <summary>
/// A fact that reads <c>../shared/&lt;relative&gt;</c>: skipped with a reason when it is missing, run (and so
/// failing) when CI=true. The test reaches the files through <see cref="SharedFiles.Require(string)"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relative)
    {
        Skip = Prerequisite.SkipReason(SharedFiles.Missing(relative), Prerequisite.IsCi);
    }
}
