namespace Briefing.Core.Output;

/// <summary>
/// The writer was asked to replace or remove a folder it did not make (one without its
/// marker file that is not empty). Nothing was touched; the message says which folder and why.
/// </summary>
public sealed class OutputFolderRefusedException : Exception
{
    public OutputFolderRefusedException()
    {
    }

    public OutputFolderRefusedException(string message)
        : base(message)
    {
    }

    public OutputFolderRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
