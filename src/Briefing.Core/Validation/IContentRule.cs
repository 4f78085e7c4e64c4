using Briefing.Core.Diagnostics;

namespace Briefing.Core.Validation;

/// <summary>One invariant of the content, named for what it guarantees.</summary>
public interface IContentRule
{
    void Check(ContentIndex content, DiagnosticBag diagnostics);
}
