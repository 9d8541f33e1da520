using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// `parse [--json | --report] PATH...`: parses article files without storing them. Folders are read recursively.
/// With --json, one JSON object per file per line (JSON Lines) in input order; a file that cannot be read
/// gives an object with "error" set, and the exit code is 1 when any file failed. With --report, one summary
/// of the whole batch (<see cref="BatchReport"/>) instead of a line per file.
/// </summary>
public static class ParseCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = InputFiles.Argument("Article files (.txt, .html) or folders of them (read recursively).");
        var json = new Option<bool>("--json") { Description = "One JSON object per file per line (JSON Lines), in input order; docs/parser.md lists the fields." };
        var report = new Option<bool>("--report") { Description = "One summary of the whole batch: fields found, warnings, unknown officials." };
        var command = new Command("parse", "Parse article files without storing them and print what was found.") { paths, json, report };
        command.Validators.Add(result =>
        {
            if (result.GetValue(json) && result.GetValue(report))
            {
                result.AddError("Choose --json (a line per file) or --report (one summary), not both.");
            }
        });
        command.SetAction(result => Run(result.GetRequiredValue(paths), result.GetValue(json), result.GetValue(report), console.Output));
        return command;
    }

    public static int Run(IReadOnlyList<string> paths, bool json, bool summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        var report = summary ? new BatchReport() : null;
        var failures = 0;
        foreach (var file in InputFiles.Expand(paths))
        {
            var result = Read(file);
            if (!result.Succeeded)
            {
                failures++;
            }

            if (report is not null)
            {
                report.Add(result);
            }
            else if (json)
            {
                output.WriteLine(JsonSerializer.Serialize(ParseReport.From(result), JsonDefaults.Options));
            }
            else
            {
                WriteSummary(result, output);
            }
        }

        report?.WriteTo(output);
        output.Flush();
        return failures == 0 ? 0 : 1;
    }

    private static ArticleReadResult Read(string file)
    {
        try
        {
            return ArticleFileReader.Default.Read(File.ReadAllBytes(file), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "The file does not exist." : $"The file could not be read: {e.Message}";
            return new ArticleReadResult(file, null, null, null, reason);
        }
    }

    private static void WriteSummary(ArticleReadResult result, TextWriter output)
    {
        var report = ParseReport.From(result);
        output.WriteLine(report.File);
        if (report.Error is not null)
        {
            output.WriteLine($"  error: {report.Error}");
            output.WriteLine();
            return;
        }

        var line = new StringBuilder();
        output.WriteLine($"  headline: {report.Headline ?? "(none)"}");
        if (report.Date is { } date)
        {
            var when = date.Year is null && date.Month is null ? "unknown"
                : date.Year is null ? $"{date.Month}月{date.Day}日, year unknown"
                : string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-{date.Month:D2}-{date.Day:D2}");
            output.WriteLine($"  date:     {when}{(date.Evidence is null ? string.Empty : $"  ({date.Evidence})")}");
        }

        output.WriteLine($"  pair:     {(report.Pair is null ? "none" : string.Join("-", report.Pair))}{(report.PairEvidence is null ? string.Empty : $"  ({report.PairEvidence})")}");
        output.WriteLine($"  meeting:  {report.MeetingType ?? "none"}");
        foreach (var official in report.Officials)
        {
            line.Clear().Append("  official: ").Append(official.Name).Append(" (").Append(official.Country ?? "country unknown");
            if (official.Title is not null)
            {
                line.Append(", ").Append(official.Title);
            }

            output.WriteLine(line.Append(')').ToString());
        }

        output.WriteLine($"  parts:    {report.Images.Count} photo(s), {report.Body.Count} paragraph(s), {report.Related.Count} related item(s), encoding {report.Encoding}");
        foreach (var warning in report.Warnings)
        {
            output.WriteLine($"  warning:  {warning}");
        }

        output.WriteLine();
    }
}
