using Microsoft.Win32.SafeHandles;

namespace Briefing.Layout.Fonts;

/// <summary>
/// Reads byte ranges from a font file without loading it whole: CJK collections are tens of megabytes
/// and discovery only needs a few small tables of each face.
/// </summary>
internal sealed class FontFileReader : IDisposable
{
    private readonly SafeFileHandle _handle;

    public FontFileReader(string path)
    {
        _handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Length = RandomAccess.GetLength(_handle);
    }

    public long Length { get; }

    public byte[] Read(long offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > Length)
        {
            throw new InvalidDataException("Font table points outside the file.");
        }

        var buffer = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = RandomAccess.Read(_handle, buffer.AsSpan(read), offset + read);
            if (n == 0)
            {
                throw new InvalidDataException("Unexpected end of font file.");
            }

            read += n;
        }

        return buffer;
    }

    public SfntDirectory ReadDirectory(int faceIndex)
    {
        var start = Read(0, (int)Math.Min(Length, 16 + (4 * 64)));
        var offset = SfntDirectory.DirectoryOffset(start, faceIndex);
        var header = Read(offset, 12);
        return SfntDirectory.Parse(Read(offset, SfntDirectory.DirectoryLength(header)));
    }

    public byte[]? ReadTable(SfntDirectory directory, string tag) =>
        directory.Tables.TryGetValue(tag, out var table) ? Read(table.Offset, table.Length) : null;

    public void Dispose() => _handle.Dispose();
}
