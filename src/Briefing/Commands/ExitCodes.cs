namespace Briefing.Commands;

/// <summary>Process exit codes, documented in README.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    /// <summary>Ctrl+C or a termination request stopped a build: 128 + SIGINT, as shells report it.</summary>
    public const int Interrupted = 130;
}
