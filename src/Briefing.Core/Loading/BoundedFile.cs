namespace Briefing.Core.Loading;

/// <summary>
/// Reads a file's bytes, never more than one byte past a size cap, whatever the file claims to hold:
/// a file that grows while read, or lies about its length, cannot make us read without end.
/// </summary>
internal static class BoundedFile
{
    /// <summary>The bytes, or null when the file holds more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static byte[]? Read(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        using var content = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while (content.Length <= maxBytes
            && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - content.Length))) > 0)
        {
            content.Write(chunk, 0, read);
        }

        return content.Length > maxBytes ? null : content.ToArray();
    }
}
