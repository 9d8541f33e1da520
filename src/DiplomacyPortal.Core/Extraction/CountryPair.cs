namespace DiplomacyPortal.Core.Extraction;

/// <summary>
/// An unordered pair of countries stored in one canonical (alphabetical) order, so that Vietnam–China
/// and China–Vietnam are the same value: <c>CN-VN</c>.
/// </summary>
public readonly record struct CountryPair
{
    /// <summary>Makes the pair of two different codes, in alphabetical order.</summary>
    public CountryPair(string a, string b)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(a);
        ArgumentException.ThrowIfNullOrWhiteSpace(b);
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        if (a == b)
        {
            throw new ArgumentException($"A pair needs two different countries, not {a} twice.", nameof(b));
        }

        (First, Second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    /// <summary>The alphabetically first code.</summary>
    public string First { get; }

    /// <summary>The alphabetically second code.</summary>
    public string Second { get; }

    /// <summary>Reads "CN-VN" or "VN-CN" (any case); false for anything else.</summary>
    public static bool TryParse(string? text, out CountryPair pair)
    {
        pair = default;
        var parts = text?.Split('-', StringSplitOptions.TrimEntries);
        if (parts is not [{ Length: 2 } a, { Length: 2 } b] || !a.All(char.IsAsciiLetter) || !b.All(char.IsAsciiLetter) || string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        pair = new CountryPair(a, b);
        return true;
    }

    /// <summary>Reads a stored pair ("CN-VN"); a text that is not one is a bug in the caller, not bad input.</summary>
    public static CountryPair Parse(string text) =>
        TryParse(text, out var pair) ? pair : throw new FormatException($"'{text}' is not a pair of country codes such as CN-VN.");

    /// <summary>Both codes, alphabetically.</summary>
    public IReadOnlyList<string> Codes => [First, Second];

    /// <summary>Whether the pair includes the country.</summary>
    public bool Contains(string code) => First == code || Second == code;

    /// <summary>The other country of the pair.</summary>
    public string Other(string code) => First == code ? Second : First;

    /// <summary>The canonical form, "CN-VN".</summary>
    public override string ToString() => $"{First}-{Second}";
}
