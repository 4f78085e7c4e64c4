using Briefing.Pdf.Tests.Support;

namespace Briefing.Pdf.Tests.Components;

public sealed class FontFolderTests
{
    [Fact]
    public void The_projects_font_folders_reach_layout_and_the_measurements_charts_are_sized_with()
    {
        var folder = Directory.CreateTempSubdirectory("briefing-fonts-").FullName;
        try
        {
            var options = new PdfOptions { FontFolders = [folder] };

            var layout = BriefingPdf.Layout(TestModels.Small(), options, out _);

            Assert.Equal([folder], layout.Document.Settings.Fonts.Folders);
            Assert.True(layout.Document.Settings.Fonts.UseSystemFonts);
            Assert.Empty(BriefingPdf.Layout(TestModels.Small(), PdfOptions.Default, out _).Document.Settings.Fonts.Folders);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
