using System.Text;

namespace DiplomacyPortal.Core.Parsing;

/// <summary>The text of a file and how it was read.</summary>
/// <param name="Text">The decoded text, not yet normalised.</param>
/// <param name="EncodingName">The encoding found: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030.</param>
/// <param name="Warnings">What was odd but readable (a truncated last character).</param>
public sealed record DecodedText(string Text, string EncodingName, IReadOnlyList<string> Warnings);

/// <summary>The outcome of decoding: text, or an error in plain words.</summary>
public sealed record DecodeResult(DecodedText? Decoded, string? Error)
{
    /// <summary>Whether the bytes were read as text.</summary>
    public bool Succeeded => Decoded is not null;
}

/// <summary>
/// Turns a file's bytes into text. VNA files arrive as UTF-8 (with or without BOM), UTF-16 with BOM,
/// or GB18030/GBK from older Chinese tools. Decoding is strict: a byte sequence that is not valid in the
/// chosen encoding is never replaced by a guess, because a wrong guess shows the reader mojibake.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>
    /// Decodes a file's bytes, or says in plain words why they are not an article's text: binary, undecodable or
    /// empty. Every way into the store (upload, import, reparse) and `parse` read files through this one rule.
    /// </summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var result = DecodeText(bytes);
        if (!result.Succeeded)
        {
            return result;
        }

        var decoded = RemoveControlCharacters(result.Decoded!);
        return string.IsNullOrWhiteSpace(decoded.Text) ? Fail("The file is empty.") : new DecodeResult(decoded, null);
    }

    private static DecodeResult DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return Ok(string.Empty, "utf-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16Le, "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodeUtf16(bytes[2..], StrictUtf16Be, "utf-16be");
        }

        if (LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            return DecodeUtf16(bytes, bigEndian ? StrictUtf16Be : StrictUtf16Le, bigEndian ? "utf-16be" : "utf-16le");
        }

        if (LooksBinary(bytes, out var what))
        {
            return Fail($"This file is not text: {what}.");
        }

        var utf8 = DecodeUtf8(bytes, "utf-8");
        if (utf8.Succeeded)
        {
            return utf8;
        }

        if (TryDecode(StrictGb18030.Value, bytes, out var gb) && LooksLikeChinese(gb))
        {
            return Ok(gb, "gb18030");
        }

        return Fail("This file could not be read as text: it is neither valid UTF-8, UTF-16 nor GB18030 (GBK). Save it as UTF-8 and upload it again.");
    }

    private static DecodeResult DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        if (TryDecode(StrictUtf8, bytes, out var text))
        {
            return CheckControlCharacters(text, name);
        }

        // A file cut off in the middle of its last character is still the article; keep it and say so.
        var cut = IncompleteUtf8Tail(bytes);
        if (cut > 0 && TryDecode(StrictUtf8, bytes[..^cut], out text))
        {
            return Ok(text, name, "The file ends in the middle of a character (it was probably cut off); the incomplete last character was left out.");
        }

        return Fail("This file is not valid UTF-8.");
    }

    private static DecodeResult DecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, string name)
    {
        var warnings = new List<string>();
        if (bytes.Length % 2 == 1)
        {
            bytes = bytes[..^1];
            warnings.Add("The file ends in the middle of a character (it was probably cut off); the incomplete last character was left out.");
        }

        if (!TryDecode(encoding, bytes, out var text))
        {
            // A lone surrogate at the very end is a cut-off character too.
            if (bytes.Length >= 2 && TryDecode(encoding, bytes[..^2], out text))
            {
                warnings.Add("The file ends in the middle of a character (it was probably cut off); the incomplete last character was left out.");
            }
            else
            {
                return Fail($"This file starts like {name.ToUpperInvariant()} text but contains bytes that are not valid in it.");
            }
        }

        var checkedText = CheckControlCharacters(text, name);
        return checkedText.Succeeded
            ? new DecodeResult(checkedText.Decoded! with { Warnings = [.. warnings, .. checkedText.Decoded!.Warnings] }, null)
            : checkedText;
    }

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>How many bytes at the end form the start of a UTF-8 sequence that never finishes (0 if none).</summary>
    private static int IncompleteUtf8Tail(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue; // a continuation byte: look further back for the lead byte
            }

            var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? back : 0;
        }

        return 0;
    }

    /// <summary>
    /// Text of a file is kept as the article's only where a reader can see it: control characters other than tab and
    /// line ends (a form feed, U+0001) are removed, with a warning; the raw file keeps them.
    /// </summary>
    private static DecodedText RemoveControlCharacters(DecodedText decoded)
    {
        var text = decoded.Text;
        var removed = 0;
        foreach (var c in text)
        {
            if (IsStrayControl(c))
            {
                removed++;
            }
        }

        if (removed == 0)
        {
            return decoded;
        }

        var cleaned = string.Create(text.Length - removed, text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!IsStrayControl(c))
                {
                    span[at++] = c;
                }
            }
        });
        return decoded with
        {
            Text = cleaned,
            Warnings = [.. decoded.Warnings, $"{removed} control character(s) that are not text (form feeds and the like) were removed."],
        };
    }

    private static bool IsStrayControl(char c) => char.IsControl(c) && c is not '\n' and not '\r' and not '\t';

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        // Only where the bytes are not UTF-8: pairs of ASCII letters read as UTF-16 are ideographs too.
        if (!System.Text.Unicode.Utf8.IsValid(bytes) && LooksLikeChineseUtf16(bytes, out bigEndian))
        {
            return true;
        }

        // ASCII-heavy UTF-16 has a zero in every other byte.
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenZeros++;
                }
                else
                {
                    oddZeros++;
                }
            }
        }

        var half = sample.Length / 2;
        bigEndian = evenZeros > oddZeros;
        return half >= 4 && Math.Max(evenZeros, oddZeros) > half * 0.3 && Math.Min(evenZeros, oddZeros) < half * 0.05;
    }

    /// <summary>
    /// Chinese text in UTF-16 without a BOM: its two-byte units are ideographs (U+4E00–U+9FFF), CJK punctuation and
    /// ASCII, so read in the right byte order nearly every unit is one of those, and read in the wrong one few are.
    /// </summary>
    private static bool LooksLikeChineseUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (sample.Length < 16)
        {
            return false;
        }

        int little = 0, big = 0, han = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var le = (char)(sample[i] | (sample[i + 1] << 8));
            var be = (char)((sample[i] << 8) | sample[i + 1]);
            little += IsPlausibleUnit(le) ? 1 : 0;
            big += IsPlausibleUnit(be) ? 1 : 0;
            han += le is >= '\u4E00' and <= '\u9FFF' || be is >= '\u4E00' and <= '\u9FFF' ? 1 : 0;
        }

        var units = sample.Length / 2;
        bigEndian = big > little;
        return han >= units / 4 && Math.Max(little, big) >= units * 0.95 && Math.Min(little, big) < units * 0.8;

        static bool IsPlausibleUnit(char c) =>
            c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '\n' or '\r' or '\t'
                or >= ' ' and <= '~' or '·' or '—' or '“' or '”' or '…';
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string what)
    {
        what = FileSignature(bytes);
        if (what.Length > 0)
        {
            return true;
        }

        // A NUL anywhere, not only near the start: text in UTF-8 or GB18030 never holds one.
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            what = $"it contains NUL bytes (the first at byte {nul.ToString(System.Globalization.CultureInfo.InvariantCulture)}), as binary files do";
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                controls++;
            }
        }

        if (controls > sample.Length / 50 + 2)
        {
            what = "it is full of control characters, as binary files are";
            return true;
        }

        return false;
    }

    private static string FileSignature(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, ..] => "it is a PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "it is a JPEG image",
        [0x47, 0x49, 0x46, 0x38, ..] => "it is a GIF image",
        [0x25, 0x50, 0x44, 0x46, ..] => "it is a PDF document",
        [0x50, 0x4B, 0x03, 0x04, ..] => "it is a ZIP archive (or an Office document)",
        [0x4D, 0x5A, ..] => "it is a Windows program",
        [0x7F, 0x45, 0x4C, 0x46, ..] => "it is a Linux program",
        [0x1F, 0x8B, ..] => "it is a gzip archive",
        [0x52, 0x49, 0x46, 0x46, ..] => "it is a RIFF media file (WebP, WAV or AVI)",
        _ => string.Empty,
    };

    private static DecodeResult CheckControlCharacters(string text, string name)
    {
        var controls = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 8192)))
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
            {
                controls++;
            }
        }

        return controls > Math.Min(text.Length, 8192) / 50 + 2
            ? Fail("This file is not text: it is full of control characters, as binary files are.")
            : Ok(text, name);
    }

    /// <summary>
    /// GB18030 maps almost any byte sequence to some character, so a successful decode proves little.
    /// Real Chinese text is mostly common ideographs, ASCII and CJK punctuation; mojibake is not.
    /// </summary>
    private static bool LooksLikeChinese(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        int plausible = 0, total = 0;
        foreach (var c in sample)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            total++;
            if (c is >= '\u4E00' and <= '\u9FA5' or < '\u007F' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '·' or '—' or '“' or '”' or '…')
            {
                plausible++;
            }
        }

        if (total == 0)
        {
            return true;
        }

        // Mojibake (UTF-8 bytes read as GBK) is made of valid but rare ideographs; real text leans
        // on the few hundred most common ones.
        var han = 0;
        var common = 0;
        foreach (var c in sample)
        {
            if (c is >= '\u4E00' and <= '\u9FA5')
            {
                han++;
                if (CommonHan.Contains(c))
                {
                    common++;
                }
            }
        }

        return plausible >= total * 0.9 && (han < 20 || common >= han * 0.3);
    }

    private const string CommonHanText =
        "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞越南河内合作双边会谈访问总理外交部长领导友好发展";

    private static readonly System.Collections.Frozen.FrozenSet<char> CommonHan = System.Collections.Frozen.FrozenSet.ToFrozenSet(CommonHanText);

    private static DecodeResult Ok(string text, string name, params string[] warnings) =>
        new(new DecodedText(text, name, warnings), null);

    private static DecodeResult Fail(string error) => new(null, error);
}
