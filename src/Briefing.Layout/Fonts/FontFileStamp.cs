namespace Briefing.Layout.Fonts;

/// <summary>A version of a font file, as the file system tells it: a replaced file has another size or time.</summary>
internal readonly record struct FontFileStamp(long Length, DateTime LastWriteUtc)
{
    public static FontFileStamp Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new FontFileStamp(file.Length, file.LastWriteTimeUtc) : default;
    }
}
