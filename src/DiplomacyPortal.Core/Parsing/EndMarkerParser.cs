using System.Text.RegularExpressions;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>Splits the end marker — (完), (越通社-VNA), (越通社), (来源:越通社) — off the last paragraph of a body.</summary>
public static partial class EndMarkerParser
{
    // (完), (越通社-VNA), (越通社—VNA), (来源:越通社), (越通社河内), (越通社/民族与山区画报).
    [GeneratedRegex(@"\(\s*(?:完|终|(?:消息)?来源\s*:\s*越通社|越通社\s*[-—–/]?\s*VNA|越通社\s*/\s*[\p{IsCJKUnifiedIdeographs}]{2,12}|越通社[\p{IsCJKUnifiedIdeographs}]{0,6}|越南通讯社|VNA|TTXVN)\s*\)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EndMarkerPattern();

    /// <summary>Finds an end marker at the end of the line; <paramref name="text"/> is what stands before it.</summary>
    public static bool TrySplit(string line, out string text, out string marker)
    {
        var end = line.AsSpan().TrimEnd();
        var match = end.Length > 0 && end[^1] == ')' ? EndMarkerPattern().Match(line, Math.Max(0, end.Length - 24)) : Match.Empty;
        if (!match.Success)
        {
            text = line;
            marker = string.Empty;
            return false;
        }

        text = line[..match.Index].TrimEnd();
        marker = match.Value.Trim();
        return true;
    }
}
