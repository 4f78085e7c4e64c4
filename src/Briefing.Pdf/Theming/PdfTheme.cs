using Briefing.Layout.Fonts;
using Briefing.Layout;
using Briefing.Layout.Canvas;
using Briefing.Layout.Paging;

namespace Briefing.Pdf.Theming;

/// <summary>
/// The one place where the briefing's fonts, sizes, colours, margins and spacing live (the typography
/// half is in <c>PdfTheme.Typography.cs</c>). Components ask the theme; they never invent a number or a colour.
/// Seeded from the content's theme: brand and accent colours and the two font families.
/// </summary>
internal sealed partial class PdfTheme
{
    private const string MonoFamily = "DejaVu Sans Mono";

    private PdfTheme(Color brand, Color accent, string bodyFont, string headingFont, PageSize paper)
    {
        Brand = brand;
        Accent = accent;
        BodyFont = bodyFont;
        HeadingFont = headingFont;
        Paper = paper;
        // A faint wash of the brand colour for panels: enough to group, too little to shout.
        Tint = Mix(brand, Color.White, 0.06);
    }

    public Color Brand { get; }

    public Color Accent { get; }

    /// <summary>Body text: near-black with a hint of blue, softer than pure black on white.</summary>
    public Color Ink { get; } = new(0x1d, 0x23, 0x29);

    /// <summary>Secondary text: labels, dates, captions.</summary>
    public Color Muted { get; } = new(0x5b, 0x65, 0x70);

    /// <summary>Tertiary text: running heads, "not stated" notes.</summary>
    public Color Faint { get; } = new(0x86, 0x8f, 0x99);

    /// <summary>Hairlines and grid rules.</summary>
    public Color Rule { get; } = new(0xd3, 0xd9, 0xdf);

    public Color Tint { get; }

    public string BodyFont { get; }

    public string HeadingFont { get; }

    public string MonoFont { get; } = MonoFamily;

    public PageSize Paper { get; }

    /// <summary>Body margins of every page but the cover.</summary>
    public Insets Margins { get; } = new(78, 64, 72, 64);

    /// <summary>The cover keeps the side margins (body width must not change) and uses its own top and bottom.</summary>
    public Insets CoverMargins { get; } = new(64, 64, 56, 64);

    public double HeaderDistance { get; } = 36;

    public double FooterDistance { get; } = 32;

    /// <summary>Width of the text column.</summary>
    public double BodyWidth => Paper.Width - Margins.Horizontal;

    /// <summary>Horizontal gap between grid columns (cards, side-by-side reports).</summary>
    public double Gutter { get; } = 16;

    /// <summary>Space above the cover title, below the publisher line.</summary>
    public double CoverTitleDrop { get; } = 96;

    /// <summary>Space between the cover's edition line and its takeaways.</summary>
    public double CoverTakeawaysDrop { get; } = 40;

    /// <summary>
    /// Points per chart unit. The shared chart geometry works in its own units (a 240-unit plot); drawn at
    /// this scale its plot is about 150 pt tall and its text the size of <see cref="ChartText"/>.
    /// </summary>
    public double ChartScale { get; } = 0.62;

    public Stroke Hairline => new(Rule, 0.6);

    /// <summary>Chart gridlines: lighter than the rules between blocks.</summary>
    public Stroke Gridline => new(Mix(Rule, Color.White, 0.7), 0.5);

    /// <summary>A chart's zero line.</summary>
    public Stroke Axis => new(Muted, 0.8);

    public Stroke BrandRule => new(Brand, 1.6);

    // fontFolders: the project's own font folders, searched before the system's (see PdfOptions.FontFolders);
    // fonts: where found fonts are kept (see PdfOptions.Fonts).
    public static PdfTheme From(Core.Model.Theme theme, PaperSize paper, ICollection<string> warnings, IReadOnlyList<string>? fontFolders = null, FontLibrary? fonts = null)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var size = paper == PaperSize.Letter ? PageSize.Letter : PageSize.A4;
        var brand = ParseColour(theme.BrandColor, Core.Model.Theme.Default.BrandColor, "brand", warnings);
        var accent = ParseColour(theme.AccentColor, Core.Model.Theme.Default.AccentColor, "accent", warnings);
        return new PdfTheme(brand, accent, theme.BodyFont, theme.HeadingFont, size) { Fonts = new FontSettings { Folders = fontFolders ?? [], Library = fonts } };
    }

    /// <summary>Where the theme's fonts are found: the project's folders first, then the system's.</summary>
    public FontSettings Fonts { get; private init; } = new();

    /// <summary><paramref name="amount"/> of <paramref name="colour"/> over <paramref name="paper"/>.</summary>
    public static Color Mix(Color colour, Color paper, double amount)
    {
        static byte Channel(byte c, byte p, double a) => (byte)Math.Round((c * a) + (p * (1 - a)));
        return new Color(Channel(colour.R, paper.R, amount), Channel(colour.G, paper.G, amount), Channel(colour.B, paper.B, amount));
    }

    private static Color ParseColour(string text, string fallback, string which, ICollection<string> warnings)
    {
        try
        {
            return Color.FromHex(text);
        }
        catch (FormatException)
        {
            // Validation should have caught it; a wrong colour must not stop the briefing.
            warnings.Add($"The theme's {which} colour '{text}' is not #RRGGBB; using {fallback}.");
            return Color.FromHex(fallback);
        }
    }
}
