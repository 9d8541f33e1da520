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

        if (ByteSniffer.LooksLikeUtf16WithoutBom(bytes, out var bigEndian))
        {
            return DecodeUtf16(bytes, bigEndian ? StrictUtf16Be : StrictUtf16Le, bigEndian ? "utf-16be" : "utf-16le");
        }

        if (ByteSniffer.LooksBinary(bytes, out var what))
        {
            return Fail($"This file is not text: {what}.");
        }

        var utf8 = DecodeUtf8(bytes, "utf-8");
        if (utf8.Succeeded)
        {
            return utf8;
        }

        if (TryDecode(StrictGb18030.Value, bytes, out var gb) && ByteSniffer.LooksLikeChinese(gb))
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

    private static DecodeResult Ok(string text, string name, params string[] warnings) =>
        new(new DecodedText(text, name, warnings), null);

    private static DecodeResult Fail(string error) => new(null, error);
}
