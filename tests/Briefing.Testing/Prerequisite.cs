namespace Briefing.Testing;

/// <summary>
/// The one rule for tests that need something the checkout does not hold (a program such as Chromium or
/// qpdf, a corpus in ../shared): on a developer's machine a missing prerequisite skips the test with a
/// reason; with CI=true nothing skips, so the test runs and fails saying what is missing, and CI cannot go
/// green by not checking.
/// </summary>
public static class Prerequisite
{
    /// <summary>True when the environment says CI=true, as CI does.</summary>
    public static bool IsCi => IsCiValue(Environment.GetEnvironmentVariable("CI"));

    public static bool IsCiValue(string? ci) => string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The reason to skip a test, or null to run it. <paramref name="missing"/> describes what is missing, or is
    /// null when everything is there; under CI the test always runs.
    /// </summary>
    public static string? SkipReason(string? missing, bool isCi) => isCi ? null : missing;
}
