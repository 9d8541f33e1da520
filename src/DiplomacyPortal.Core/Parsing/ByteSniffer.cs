namespace DiplomacyPortal.Core.Parsing;

/// <summary>
/// What a file's bytes look like before they are decoded: UTF-16 without its byte order mark, a binary file (by its
/// signature, a NUL, control bytes), or — after a GB18030 decode, which succeeds on almost anything — real Chinese.
/// </summary>
internal static class ByteSniffer
{
    public static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
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

    public static bool LooksBinary(ReadOnlySpan<byte> bytes, out string what)
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

    /// <summary>
    /// GB18030 maps almost any byte sequence to some character, so a successful decode proves little.
    /// Real Chinese text is mostly common ideographs, ASCII and CJK punctuation; mojibake is not.
    /// </summary>
    public static bool LooksLikeChinese(string text)
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
}
