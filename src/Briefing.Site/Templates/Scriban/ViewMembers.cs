using System.Collections.Concurrent;
using System.Reflection;
using Scriban.Runtime;

namespace Briefing.Site.Templates.Scriban;

/// <summary>
/// The variables a view gives a template, found once per view type: what <c>ScriptObject.Import</c>
/// copies (declared public instance fields and readable properties, renamed, a property writable
/// as Import leaves it), without Import's reflection and renaming on every call. A page of a thousand
/// facts calls a partial per fact, so the difference is most of a partial's cost.
/// </summary>
internal static class ViewMembers
{
    private static readonly ConcurrentDictionary<Type, Member[]> Types = new();

    /// <summary>Sets each of the view's members on <paramref name="scope"/>, as Import would.</summary>
    public static void CopyInto(ScriptObject scope, object view, MemberRenamerDelegate renamer)
    {
        foreach (var member in Types.GetOrAdd(view.GetType(), Find, renamer))
        {
            scope.SetValue(member.Name, member.Get(view), member.ReadOnly);
        }
    }

    private static Member[] Find(Type type, MemberRenamerDelegate renamer)
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var members = new List<Member>();
        foreach (var field in type.GetFields(Declared).Where(f => f.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is null))
        {
            members.Add(new Member(Rename(field), field.GetValue, field.IsInitOnly || field.IsLiteral));
        }

        foreach (var property in type.GetProperties(Declared))
        {
            if (property.GetMethod is not { IsPublic: true } || property.GetCustomAttribute<ScriptMemberIgnoreAttribute>() is not null)
            {
                continue;
            }

            // Import leaves every property writable, a template may assign over one; so does this.
            members.Add(new Member(Rename(property), property.GetValue, ReadOnly: false));
        }

        return [.. members];

        string Rename(MemberInfo member) => renamer(member) is { Length: > 0 } name ? name : member.Name;
    }

    private sealed record Member(string Name, Func<object?, object?> Get, bool ReadOnly);
}
