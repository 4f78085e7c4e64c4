namespace Briefing.Benchmarks;

/// <summary>The published tool as a user runs it: <c>dotnet briefing.dll …</c>, a fresh process each time.</summary>
internal static class Tool
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "briefing.dll");

    public static ChildRun Run(IEnumerable<string> arguments, TimeSpan timeout) => ChildRun.Start("dotnet", [Dll, .. arguments], timeout);
}
