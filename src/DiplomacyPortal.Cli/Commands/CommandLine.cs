namespace DiplomacyPortal.Cli.Commands;

/// <summary>The arguments of a command: options with values (--db FILE), flags (--json) and the rest.</summary>
public sealed class CommandLine
{
    private CommandLine(Dictionary<string, string> options, HashSet<string> flags, List<string> arguments, List<string> unknown)
    {
        Options = options;
        Flags = flags;
        Arguments = arguments;
        Unknown = unknown;
    }

    public IReadOnlyDictionary<string, string> Options { get; }

    public IReadOnlySet<string> Flags { get; }

    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Options the command does not know, to report in plain words.</summary>
    public IReadOnlyList<string> Unknown { get; }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>();
        var flags = new HashSet<string>();
        var arguments = new List<string>();
        var unknown = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (valueOptions.Contains(arg) && i + 1 < args.Count)
            {
                options[arg] = args[++i];
            }
            else if (flagOptions.Contains(arg))
            {
                flags.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                unknown.Add(arg);
            }
            else
            {
                arguments.Add(arg);
            }
        }

        return new CommandLine(options, flags, arguments, unknown);
    }
}
