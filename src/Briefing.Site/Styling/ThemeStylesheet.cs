using System.Text;
using Briefing.Core.Model;

namespace Briefing.Site.Styling;

/// <summary>
/// <c>assets/theme.css</c>: the custom properties the static stylesheet reads, from briefing.yaml's
/// theme. Every value is re-validated here; the validator checks them too, but a renderer
/// must never trust text it puts into CSS.
/// </summary>
internal static class ThemeStylesheet
{
    public const string Path = "assets/theme.css";

    // The darker of site.css's light backgrounds (--surface) and the lighter of its dark ones:
    // brand-coloured text is adjusted to read on the worst of them.
    private static readonly CssColor LightBackground = new(0xf5, 0xf7, 0xf9);
    private static readonly CssColor DarkBackground = new(0x1a, 0x20, 0x28);
    private const double TextContrast = 4.5;

    // WCAG 1.4.11: a line that carries meaning (a card's brand edge, the current page's underline)
    // needs 3:1 against what it sits on. A dark brand colour has about 2:1 on the dark background.
    private const double LineContrast = 3.0;

    public static string Build(Theme theme)
    {
        var brand = CssColor.TryParse(theme.BrandColor) ?? CssColor.TryParse(Theme.Default.BrandColor)!.Value;
        var accent = CssColor.TryParse(theme.AccentColor) ?? CssColor.TryParse(Theme.Default.AccentColor)!.Value;

        var css = new StringBuilder();
        css.AppendLine("/* Generated from briefing.yaml's theme. Edit the theme, not this file. */");
        css.AppendLine(":root {");
        Property(css, "--brand", brand.ToString());
        Property(css, "--brand-text", brand.WithContrast(LightBackground, TextContrast, CssColor.Black).ToString());
        Property(css, "--brand-tint", brand.Mix(CssColor.White, 0.9).ToString());
        Property(css, "--brand-on", OnColor(brand).ToString());
        Property(css, "--brand-line", brand.WithContrast(LightBackground, LineContrast, CssColor.Black).ToString());
        Property(css, "--accent", accent.ToString());
        Property(css, "--accent-text", accent.WithContrast(LightBackground, TextContrast, CssColor.Black).ToString());
        Property(css, "--font-body", FontStack.For(theme.BodyFont));
        Property(css, "--font-heading", FontStack.For(theme.HeadingFont));
        css.AppendLine("}");
        css.AppendLine("@media (prefers-color-scheme: dark) {");
        css.AppendLine("  :root {");
        Property(css, "--brand-text", brand.WithContrast(DarkBackground, TextContrast, CssColor.White).ToString(), "    ");
        Property(css, "--brand-tint", brand.Mix(DarkBackground, 0.75).ToString(), "    ");
        Property(css, "--brand-line", brand.WithContrast(DarkBackground, LineContrast, CssColor.White).ToString(), "    ");
        Property(css, "--accent-text", accent.WithContrast(DarkBackground, TextContrast, CssColor.White).ToString(), "    ");
        css.AppendLine("  }");
        css.AppendLine("}");
        return css.ToString();
    }

    /// <summary>Text colour for use on a brand-coloured surface: whichever of white or near-black reads better.</summary>
    private static CssColor OnColor(CssColor surface) =>
        surface.ContrastWith(CssColor.White) >= surface.ContrastWith(CssColor.Black) ? CssColor.White : CssColor.Black;

    private static void Property(StringBuilder css, string name, string value, string indent = "  ") =>
        css.Append(indent).Append(name).Append(": ").Append(value).AppendLine(";");
}
