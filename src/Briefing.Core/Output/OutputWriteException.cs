namespace Briefing.Core.Output;

/// <summary>
/// Writing or removing the output failed (a full disk, a read-only folder). The message says
/// what state the output was left in, truthfully: whether the previous output is untouched,
/// and which folder holds what could not be removed.
/// </summary>
public sealed class OutputWriteException : IOException
{
    public OutputWriteException()
    {
    }

    public OutputWriteException(string message)
        : base(message)
    {
    }

    public OutputWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when the output folder is exactly as it was before the failed run.</summary>
    public bool PreviousOutputUntouched { get; init; }
}
