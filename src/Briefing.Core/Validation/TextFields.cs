using System.Collections;
using Briefing.Core.Diagnostics;
using Briefing.Core.Loading.Binding;
using Briefing.Core.Loading.Documents;

namespace Briefing.Core.Validation;

/// <summary>Every text value of every document, with the object and field that hold it, in file and field order.</summary>
internal static class TextFields
{
    /// <summary>One text value: the object holding it, the field, and the text (one element of a list of texts, at <paramref name="Index"/>).</summary>
    public sealed record TextField(YamlObject Owner, BindableProperty Property, string Text, int? Index = null)
    {
        /// <summary>Where the text was written: the list item's own position for an element of a list.</summary>
        public SourceSpan Span => Index is { } i ? Owner.SpanOfItem(Property.Info.Name, i) : Owner.SpanOf(Property.Info.Name);
    }

    public static IEnumerable<YamlObject> Documents(ContentIndex content) => [
        .. content.Set.Briefing is { } briefing ? [briefing] : Array.Empty<YamlObject>(),
        .. content.Set.Sources, .. content.Set.Companies, .. content.Set.Deals,
        .. content.Set.Facts, .. content.Set.Events, .. content.Set.Charts];

    public static IEnumerable<TextField> Of(ContentIndex content) => Documents(content).SelectMany(Of);

    /// <summary>The text fields of an object and of the objects it holds.</summary>
    public static IEnumerable<TextField> Of(YamlObject item)
    {
        foreach (var property in BindableProperty.Of(item.GetType()))
        {
            switch (property.Info.GetValue(item))
            {
                case string text:
                    yield return new TextField(item, property, text);
                    break;
                case YamlObject child:
                    foreach (var field in Of(child))
                    {
                        yield return field;
                    }

                    break;
                case IEnumerable list:
                    var index = 0;
                    foreach (var element in list)
                    {
                        if (element is YamlObject child)
                        {
                            foreach (var field in Of(child))
                            {
                                yield return field;
                            }
                        }
                        else if (element is string text)
                        {
                            yield return new TextField(item, property, text, index);
                        }

                        index++;
                    }

                    break;
            }
        }
    }
}
