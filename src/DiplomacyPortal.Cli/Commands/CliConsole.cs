namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// Where a command reads and writes: the process's console, or a test's strings. Whether input and output are a
/// terminal decides between a password prompt and a piped line, and between a live progress line and plain lines.
/// </summary>
public sealed record CliConsole(TextReader Input, bool InputIsTerminal, TextWriter Output, bool OutputIsTerminal, TextWriter Error)
{
    /// <summary>Strings in, strings out: for tests and for running a command from another program.</summary>
    public static CliConsole OfStrings(TextWriter output, TextWriter error, string standardInput = "") =>
        new(new StringReader(standardInput), false, output, false, error);
}
