namespace Briefing.Layout.PdfSharp;

/// <summary>Metadata and saving.</summary>
internal sealed partial class PdfSharpCanvas
{
    /// <summary>Writes the document and returns reproducible PDF bytes (see <see cref="PdfFinisher"/>).</summary>
    public byte[] Save(DocumentMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        _graphics?.Dispose();
        _graphics = null;
        if (_document.PageCount == 0)
        {
            BeginPage(595.28, 841.89);
            _graphics?.Dispose();
            _graphics = null;
        }

        var modified = metadata.Modified ?? metadata.Created;
        var info = _document.Info;
        if (metadata.Title is { } title)
        {
            info.Title = title;
        }

        if (metadata.Author is { } author)
        {
            info.Author = author;
        }

        if (metadata.Subject is { } subject)
        {
            info.Subject = subject;
        }

        if (metadata.Keywords is { } keywords)
        {
            info.Keywords = keywords;
        }

        info.Creator = metadata.Creator ?? "Briefing.Layout";
        info.CreationDate = metadata.Created.UtcDateTime;
        info.ModificationDate = modified.UtcDateTime;
        if (metadata.Language is { } language)
        {
            _document.Language = language;
        }

        _document.PageLayout = global::PdfSharp.Pdf.PdfPageLayout.SinglePage;
        _document.PageMode = _document.Outlines.Count > 0 ? global::PdfSharp.Pdf.PdfPageMode.UseOutlines : global::PdfSharp.Pdf.PdfPageMode.UseNone;
        WriteDestinations();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return PdfFinisher.Finish(stream.ToArray(), metadata.Created, modified);
    }
}
