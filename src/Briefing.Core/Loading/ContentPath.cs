using System.Runtime.InteropServices;

namespace Briefing.Core.Loading;

/// <summary>
/// What a path in the content folder really is, before anything opens it: only regular files
/// are read. A FIFO named <c>x.yaml</c> would block the read for ever (and stop `serve`
/// rebuilding), and a link to <c>/dev/zero</c> would never end; a broken or looping link, or a
/// file without permission, is one problem at its path, not a crash that hides the rest.
/// </summary>
internal static class ContentPath
{
    /// <summary>Why the file at <paramref name="path"/> cannot be read as a content file, or null when it can.</summary>
    public static string? ProblemWithFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target)
            {
                var final = info.ResolveLinkTarget(returnFinalTarget: true);
                if (final is null || !final.Exists && !Directory.Exists(final.FullName))
                {
                    return $"it is a symbolic link to '{target}', which does not exist";
                }
            }

            if (Directory.Exists(path))
            {
                return "it is a folder, not a file";
            }

            if (!File.Exists(path))
            {
                return "it does not exist";
            }

            return IsRegularFile(path) == false ? "it is not a regular file (a device, pipe or socket): only files are read" : null;
        }
        catch (IOException e)
        {
            // ResolveLinkTarget reports a loop ("Too many levels of symbolic links") this way.
            return $"it cannot be followed: {e.Message}";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"it cannot be read: {e.Message}";
        }
    }

    /// <summary>
    /// True for a regular file, false for a device, FIFO or socket, null when the system cannot tell us.
    /// .NET reports no file type, so on Linux this asks statx(2), whose layout is the same on every architecture.
    /// </summary>
    private static bool? IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }

        var mode = BitConverter.ToUInt16(buffer, StatxModeOffset);
        return (mode & FileTypeMask) == RegularFile;
    }

    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int FileTypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    // DllImport, not LibraryImport: the generated marshaller needs unsafe code, which the project does not allow.
    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
