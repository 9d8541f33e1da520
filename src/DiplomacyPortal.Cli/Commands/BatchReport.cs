using System.Globalization;
using System.Text.RegularExpressions;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Reading;

namespace DiplomacyPortal.Cli.Commands;

/// <summary>
/// What a batch of files gives, at a glance (`parse --report`): how many files have each field, the warnings
/// by kind with example files, and the officials found that the gazetteer does not know. An editor sees what a
/// new batch of pages does; a maintainer finds the next systematic failure and the next gazetteer lines.
/// </summary>
public sealed partial class BatchReport
{
    private const int ExamplesPerWarning = 3;
    private const int UnknownOfficialsShown = 40;

    private readonly Dictionary<string, int> _found = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _precisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _warnings = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, string? Country), int> _unknownOfficials = [];
    private readonly List<(string File, string Error)> _failures = [];
    private int _read;

    // Names, numbers and quoted text vary from file to file; the rest of a warning says what kind it is.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}·•]+|\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Particulars();

    /// <summary>The fields counted, in the order they are shown.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["headline", "lead", "dateline place", "date with a year", "pair", "officials", "meeting type", "related items", "source"];

    /// <summary>Counts one file's result.</summary>
    public void Add(ArticleReadResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            _failures.Add((result.FileName, result.Error!));
            return;
        }

        _read++;
        var article = result.Article!;
        var analysis = result.Analysis!;
        Count("headline", article.Headline is not null);
        Count("lead", article.Lead is not null);
        Count("dateline place", article.Dateline?.Place is not null);
        Count("date with a year", analysis.Date.Year is not null);
        Count("pair", analysis.Pair is not null);
        Count("officials", analysis.Officials.Count > 0);
        Count("meeting type", analysis.MeetingType is not null);
        Count("related items", article.Related.Count > 0);
        Count("source", article.Source is not null);

        var precision = PrecisionName(analysis.Date.Precision);
        _precisions[precision] = _precisions.GetValueOrDefault(precision) + 1;

        foreach (var warning in result.Warnings)
        {
            var kind = Particulars().Replace(warning, m => char.IsDigit(m.Value[0]) ? "N" : "…");
            var files = _warnings.TryGetValue(kind, out var list) ? list : _warnings[kind] = [];
            if (!files.Contains(result.FileName))
            {
                files.Add(result.FileName);
            }
        }

        foreach (var official in analysis.Officials.Where(o => !o.IsKnown))
        {
            var key = (official.Name, official.CountryCode);
            _unknownOfficials[key] = _unknownOfficials.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>Writes the report as plain text.</summary>
    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var total = _read + _failures.Count;
        output.WriteLine($"{total} file(s): {_read} read, {_failures.Count} could not be read.");
        foreach (var (file, error) in _failures)
        {
            output.WriteLine($"  {file}: {error}");
        }

        output.WriteLine();
        output.WriteLine("Fields found (share of the files read):");
        foreach (var field in Fields)
        {
            output.WriteLine($"  {field,-18} {Share(_found.GetValueOrDefault(field))}");
        }

        output.WriteLine();
        output.WriteLine("Dates by precision:");
        foreach (var (precision, count) in _precisions.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {precision,-18} {Share(count)}");
        }

        output.WriteLine();
        output.WriteLine(_warnings.Count == 0 ? "No warnings." : "Warnings by kind (files, examples):");
        foreach (var (kind, files) in _warnings.OrderByDescending(w => w.Value.Count).ThenBy(w => w.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {files.Count,5}  {kind}");
            output.WriteLine($"         e.g. {string.Join(", ", files.Take(ExamplesPerWarning))}");
        }

        output.WriteLine();
        output.WriteLine(_unknownOfficials.Count == 0
            ? "Every official found is in the gazetteer."
            : "Officials the gazetteer does not know, most frequent first (add a line to officials.json for each one that is right):");
        foreach (var ((name, country), count) in _unknownOfficials.OrderByDescending(o => o.Value).ThenBy(o => o.Key.Name, StringComparer.Ordinal).Take(UnknownOfficialsShown))
        {
            output.WriteLine($"  {count,5}  {name} ({country ?? "country unknown"})");
        }

        if (_unknownOfficials.Count > UnknownOfficialsShown)
        {
            output.WriteLine($"  … and {_unknownOfficials.Count - UnknownOfficialsShown} more.");
        }
    }

    private void Count(string field, bool found)
    {
        if (found)
        {
            _found[field] = _found.GetValueOrDefault(field) + 1;
        }
    }

    private string Share(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count,5} of {_read}  {(_read == 0 ? 0 : 100.0 * count / _read),5:0.0}%");

    private static string PrecisionName(DatePrecision precision) => precision switch
    {
        DatePrecision.MonthDay => "month-day",
        _ => precision.ToString().ToLowerInvariant(),
    };
}
