using Briefing.Core.Diagnostics;

namespace Briefing.Core.Tests.Loading;

/// <summary>The authoring guide (content/README.md) documents every diagnostic code, unit and qualifier the code knows.</summary>
public sealed class AuthoringGuideTests
{
    [Fact]
    public void The_authoring_guide_documents_every_diagnostic_code()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.ContentDirectory, "README.md"));

        foreach (var (code, _) in DiagnosticCodes.All)
        {
            Assert.True(guide.Contains($"| {code} |", StringComparison.Ordinal), $"content/README.md lacks a row for {code}");
        }
    }

    [Fact]
    public void The_authoring_guide_lists_every_unit_and_qualifier_the_hints_offer()
    {
        var guide = File.ReadAllText(Path.Combine(Repository.ContentDirectory, "README.md"));
        var words = Briefing.Core.Validation.Rules.FiguresHaveOneSubjectAndAKnownUnit.CountUnits
            .Concat(Briefing.Core.Loading.Binding.EnumNames.All(typeof(Briefing.Core.Model.Qualifier)));

        Assert.All(words, word => Assert.Contains($"`{word}`", guide, StringComparison.Ordinal));
    }
}
