namespace Briefing.Core.Output;

/// <summary>
/// Thrown from an <see cref="OutputWriter.Step"/> hook to stop the writer where it stands, as a
/// kill or power cut would: the writer runs none of its clean-up for it. Tests use it to leave
/// every half-done state the real world can leave, then check that the next run repairs it.
/// </summary>
public sealed class WriterStoppedException : Exception
{
    public WriterStoppedException()
        : base("stopped by a test at a writer step")
    {
    }

    public WriterStoppedException(string message)
        : base(message)
    {
    }

    public WriterStoppedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
