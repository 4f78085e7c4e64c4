using Briefing.Site.Pages;
using Briefing.Testing.Fixtures;
using Briefing.Site.Templates.Scriban;
using Scriban;
using Scriban.Runtime;

namespace Briefing.Site.Tests.Templates;

/// <summary>
/// A view's variables, found once per type, are exactly what Scriban's <c>Import</c> gives: the same
/// names, values and read-only flags, for every page view and every view nested in one.
/// </summary>
public sealed class ViewMembersTests
{
    [Fact]
    public void Every_view_of_the_sample_site_gets_the_variables_Import_would_give_it()
    {
        var model = SampleBriefing.Create();
        var views = SitePages.All(model, new SiteOptions("briefing.pdf")).Select(p => p.BuildView()).ToList();
        var renamer = new TemplateContext().MemberRenamer;
        var checkedTypes = new HashSet<Type>();

        foreach (var view in views.SelectMany(Nested))
        {
            var imported = new ScriptObject();
            imported.Import(view, renamer: renamer);
            var copied = new ScriptObject();
            ViewMembers.CopyInto(copied, view, renamer);

            Assert.Equal(imported.Keys.Order(StringComparer.Ordinal), copied.Keys.Order(StringComparer.Ordinal));
            Assert.All(imported.Keys, key =>
            {
                Assert.Equal(imported[key], copied[key]);
                Assert.Equal(imported.CanWrite(key), copied.CanWrite(key));
            });
            checkedTypes.Add(view.GetType());
        }

        Assert.True(checkedTypes.Count > 20, $"only {checkedTypes.Count} view types checked");
    }

    /// <summary>The view and every record reachable from its properties and lists, once each.</summary>
    private static IEnumerable<object> Nested(object root)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<object>([root]);
        while (pending.TryPop(out var item))
        {
            if (!seen.Add(item))
            {
                continue;
            }

            if (item is System.Collections.IEnumerable list and not string)
            {
                foreach (var element in list.OfType<object>())
                {
                    pending.Push(element);
                }

                continue;
            }

            if (item.GetType().Namespace?.StartsWith("Briefing.Site", StringComparison.Ordinal) != true)
            {
                continue;
            }

            yield return item;
            foreach (var value in item.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0).Select(p => p.GetValue(item)).OfType<object>())
            {
                pending.Push(value);
            }
        }
    }
}
