namespace Briefing.Core.Output;

/// <summary>Writes one file so that readers (editors, watchers, browsers) never see half of it.</summary>
public static class AtomicFile
{
    /// <summary>Writes to a temporary name beside the target, then renames it into place.</summary>
    public static void Write(string path, string text, bool overwrite = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, text);
        try
        {
            File.Move(temporary, path, overwrite);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
