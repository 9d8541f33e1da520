namespace DiplomacyPortal.Cli.Commands;

/// <summary>Turns the paths given on the command line into files: folders are read recursively, in name order.</summary>
public static class InputFiles
{
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
