using PdfSharp.Fonts;

namespace Briefing.Layout.PdfSharp;

/// <summary>
/// One-time, thread-safe PDFsharp set-up: our font resolver. PDFsharp allows the
/// global resolver to be set only before any font was used; if the host already installed another one we
/// become the fallback resolver, which PDFsharp asks for the names the first one does not know.
/// </summary>
internal static class PdfSharpSetup
{
    private static readonly Lock Gate = new();
    private static bool s_done;

    public static void EnsureInitialized()
    {
        lock (Gate)
        {
            if (s_done)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null || current is FontResolverBridge)
            {
                GlobalFontSettings.FontResolver = FontResolverBridge.Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is not FontResolverBridge)
            {
                GlobalFontSettings.FallbackFontResolver = FontResolverBridge.Instance;
            }

            s_done = true;
        }
    }
}
