namespace DiplomacyPortal.Core.Gazetteer;

/// <summary>How a country's people are written in Chinese, which decides where a name after a title ends.</summary>
public enum NameStyle
{
    /// <summary>A surname and a given name, two to four characters (Chinese, Vietnamese, Korean names).</summary>
    Han,

    /// <summary>Two to four characters with no surname list (Japanese names).</summary>
    Japanese,

    /// <summary>Sounds written out, often joined with <c>·</c> (拉夫罗夫, 亚历山大·图尔钦).</summary>
    Transliterated,
}

/// <summary>A country as VNA's Chinese edition writes it.</summary>
/// <param name="Code">ISO 3166 alpha-2 code.</param>
/// <param name="English">English short name.</param>
/// <param name="Chinese">Common Chinese name (中国).</param>
/// <param name="Aliases">Other whole-word names (中华人民共和国).</param>
/// <param name="Abbreviations">Forms used in compounds (越<b>中</b>关系).</param>
/// <param name="Sides">"Side" forms (中方).</param>
/// <param name="Names">How its people's names are written.</param>
/// <param name="NotFollowedBy">Characters after which the name is part of another word (东海<b>地区</b>).</param>
public sealed record KnownCountry(
    string Code,
    string English,
    string Chinese,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Abbreviations,
    IReadOnlyList<string> Sides,
    NameStyle Names,
    string NotFollowedBy);

/// <summary>A title an official held, with the dates (ISO, year or year-month allowed) it was held.</summary>
public sealed record OfficialRole(string Title, string? From, string? To);

/// <summary>An official the gazetteer knows by name.</summary>
/// <param name="Name">The Chinese name as VNA writes it.</param>
/// <param name="Aliases">Other Chinese spellings.</param>
/// <param name="LatinName">The romanised name.</param>
/// <param name="VietnameseName">The Vietnamese spelling with diacritics, for Vietnamese officials.</param>
/// <param name="CountryCode">ISO alpha-2 code of the official's country.</param>
/// <param name="Roles">Titles held over time.</param>
public sealed record KnownOfficial(
    string Name,
    IReadOnlyList<string> Aliases,
    string? LatinName,
    string? VietnameseName,
    string CountryCode,
    IReadOnlyList<OfficialRole> Roles);

/// <summary>A word inside a title that tells the official's country (越共 → VN, 国务院 → CN).</summary>
public sealed record CountryHint(string Text, string CountryCode);

/// <summary>A meeting type and the words that announce it.</summary>
public sealed record MeetingTypeRule(string Type, IReadOnlyList<string> Keywords);

/// <summary>
/// How articles say that documents were signed: the verbs; those that also mean other things (通过 'by means of') and
/// those after which only a joint statement counts (发表); the nouns of a signing (签字仪式); the words that make a verb
/// not yet done (有望) or past (自…, …以来); and the kinds of document by their words.
/// </summary>
public sealed record DocumentVocabulary(
    IReadOnlyList<string> Verbs,
    IReadOnlyList<string> WeakVerbs,
    IReadOnlyList<string> StatementVerbs,
    IReadOnlyList<string> SigningNouns,
    IReadOnlyList<string> NotYet,
    IReadOnlyList<string> PastBefore,
    IReadOnlyList<string> PastAfter,
    IReadOnlyList<DocumentKind> Kinds);

/// <summary>A kind of document (agreement, memorandum, joint-statement, plan, treaty, other) and the words a title of that kind ends with.</summary>
public sealed record DocumentKind(string Kind, IReadOnlyList<string> Words);

/// <summary>
/// The levels of Vietnam's relationships (highest first) and the verbs that change one: upgrading (提升为),
/// establishing (建立), the words that make a verb not yet done, and those that place a change in the past (以来, 周年
/// after it; 曾 before it).
/// </summary>
public sealed record PartnershipVocabulary(IReadOnlyList<PartnershipLevel> Levels, IReadOnlyList<string> Upgrade, IReadOnlyList<string> Establish, IReadOnlyList<string> NotYet, IReadOnlyList<string> Since, IReadOnlyList<string> PastBefore);

/// <summary>A level of relationship: its code, English and Chinese names, the words for it, and its rank (0 the highest).</summary>
public sealed record PartnershipLevel(string Code, string English, string Chinese, IReadOnlyList<string> Words, int Rank);

