namespace Briefing.Commands;

/// <summary>
/// A mistake in how Briefing was run, found after parsing (a missing folder, an output that
/// would overwrite someone's files, a port in use). The command line prints the message and
/// exits 2; nothing has been written.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
