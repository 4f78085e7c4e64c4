namespace Briefing.Core.Output;

/// <summary>
/// Another run (a build, `serve` or `clean`) held the output's lock for longer than the writer
/// waits. Nothing was touched; the message names the holder.
/// </summary>
public sealed class OutputLockedException : Exception
{
    public OutputLockedException()
    {
    }

    public OutputLockedException(string message)
        : base(message)
    {
    }

    public OutputLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
