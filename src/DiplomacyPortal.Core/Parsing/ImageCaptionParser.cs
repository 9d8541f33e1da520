using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>A caption split from its credit.</summary>
public readonly record struct CaptionParts(string? Caption, string? Credit);

/// <summary>A "&lt;alt&gt; ảnh N&lt;caption&gt;" photo line.</summary>
public readonly record struct PhotoLine(string? AltText, int Number, string Caption);

/// <summary>
/// Reads photo lines and captions. The VNA site marks a photo in its text dump with "ảnh N" (also
/// "hình ảnh N" or "hinh anh N") after the photo's alt text, and ends a caption with its credit:
/// <c>图自越通社</c>, <c>(图片来源:越通社)</c>, <c>(图:越通社)</c> or a photographer's <c>越通社记者 林庆 摄</c>.
/// </summary>
public static partial class ImageCaptionParser
{
    private const int MaxCreditLength = 80;

    [GeneratedRegex(@"^(?<alt>.*?)\s*(?<![\p{L}])(?:hình\s*ảnh|hinh\s*anh|ảnh)\s*(?<n>\d{1,3})(?!\d)\s*(?<caption>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PhotoLinePattern();

    [GeneratedRegex(@"\((?:图|图片|图片来源|图源|来源|照片|摄影|摄)\s*:\s*(?<credit>[^()]{1,60})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketCreditPattern();

    [GeneratedRegex(@"(?:^|(?<=[。.\s]))(?<credit>(?:[\p{L}]{0,12}记者|摄影)\s*[\p{L}·]{1,12}(?:\s[\p{L}·]{1,12})?\s*摄)$", RegexOptions.CultureInvariant)]
    private static partial Regex PhotographerCreditPattern();

    [GeneratedRegex(@"(?:^|(?<=[。.\s]))(?<credit>[\p{L}·]{2,12}\s+摄)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainPhotographerCreditPattern();

    /// <summary>Reads an "ảnh N" photo line.</summary>
    public static bool TryParsePhotoLine(string line, out PhotoLine photo)
    {
        photo = default;
        if (!line.Contains("nh", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var match = PhotoLinePattern().Match(line);
        if (!match.Success)
        {
            return false;
        }

        // The government site's template joins the marker with a dash and a full stop: "<alt>- Ảnh 1.".
        var alt = match.Groups["alt"].Value.Trim().TrimEnd('-', '–', ' ');
        photo = new PhotoLine(
            alt.Length == 0 ? null : alt,
            int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture),
            match.Groups["caption"].Value.Trim().TrimStart('.', ' '));
        return true;
    }

    /// <summary>Whether the text ends with a photo credit.</summary>
    public static bool HasCredit(string text) => Split(text).Credit is not null;

    /// <summary>Splits a caption from the credit at its end, if it has one.</summary>
    public static CaptionParts Split(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new CaptionParts(null, null);
        }

        // The government site's "——图片:VGP".
        var dashed = trimmed.LastIndexOf("图片:", StringComparison.Ordinal);
        if (dashed > 0 && trimmed[..dashed].TrimEnd().EndsWith('—') && trimmed.Length - dashed - 3 is > 0 and <= 40)
        {
            return new CaptionParts(Clean(trimmed[..dashed].TrimEnd().TrimEnd('—', '-')), trimmed[(dashed + 3)..].Trim());
        }

        var from = trimmed.LastIndexOf("图自", StringComparison.Ordinal);
        if (from >= 0)
        {
            var credit = trimmed[(from + 2)..].Trim();
            if (credit.Length is > 0 and <= 40 && !credit.Contains('。', StringComparison.Ordinal))
            {
                return new CaptionParts(Clean(trimmed[..from]), credit);
            }
        }

        // Credits are recognised by their last character first: the patterns are anchored at the end and
        // would otherwise be tried at every position of every paragraph.
        ReadOnlySpan<Regex> patterns = trimmed[^1] switch
        {
            ')' => [BracketCreditPattern()],
            '摄' => [PhotographerCreditPattern(), PlainPhotographerCreditPattern()],
            _ => [],
        };
        foreach (var pattern in patterns)
        {
            var match = pattern.Match(trimmed, Math.Max(0, trimmed.Length - MaxCreditLength));
            if (match.Success)
            {
                return new CaptionParts(Clean(trimmed[..match.Index]), match.Groups["credit"].Value.Trim());
            }
        }

        return new CaptionParts(trimmed, null);
    }

    private static string? Clean(string caption)
    {
        var trimmed = caption.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
