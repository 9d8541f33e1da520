using System.CommandLine;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>Turns the paths given on the command line into files: folders are read recursively, in name order.</summary>
public static class InputFiles
{
    /// <summary>
    /// The PATH... argument: one or more. A word that starts with "--" and names no file is taken for a mistyped
    /// option and refused, instead of being read as a file that does not exist.
    /// </summary>
    public static Argument<string[]> Argument(string description)
    {
        var paths = new Argument<string[]>("PATH") { Description = description, Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(result =>
        {
            foreach (var word in result.Tokens.Select(t => t.Value).Where(w => w.StartsWith("--", StringComparison.Ordinal) && !File.Exists(w) && !Directory.Exists(w)))
            {
                result.AddError($"Unrecognized option '{word}'.");
            }
        });
        return paths;
    }

    public static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                // A missing file is passed on so that it is reported as failed, not silently skipped.
                yield return path;
            }
        }
    }
}
