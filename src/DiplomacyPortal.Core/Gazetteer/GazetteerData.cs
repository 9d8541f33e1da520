using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using DiplomacyPortal.Core.Text;

namespace DiplomacyPortal.Core.Gazetteer;

/// <summary>
/// Everything the extractors know about the world: countries, officials, titles, relation dates,
/// meeting types and the shape of Chinese names. Loaded once from the JSON files in
/// <c>Gazetteer/Data</c>, which are embedded in the assembly so that the parser needs no files at run time.
/// </summary>
public sealed class GazetteerData
{
    private static readonly Lazy<GazetteerData> Embedded = new(LoadEmbedded);

    private GazetteerData(
        IReadOnlyList<KnownCountry> countries,
        IReadOnlyList<KnownOfficial> officials,
        TitleFile titles,
        NameFile names,
        IReadOnlyDictionary<string, DateOnly> relations,
        IReadOnlyList<MeetingTypeRule> meetingTypes,
        IReadOnlyList<string> organizations,
        IReadOnlyDictionary<string, string> places,
        IReadOnlyDictionary<string, string> hostPhrases,
        DocumentVocabulary documents,
        PartnershipVocabulary partnerships)
    {
        Documents = documents;
        Partnerships = partnerships;
        HostPhrases = hostPhrases.ToFrozenDictionary(StringComparer.Ordinal);
        PlaceCountries = places.ToFrozenDictionary(StringComparer.Ordinal);
        Organizations = organizations;
        Countries = countries;
        CountriesByCode = countries.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        Officials = officials;
        TitleWords = titles.Titles;
        AfterNameWords = titles.AfterName;
        CountryHints = titles.CountryHints.Select(h => new CountryHint(h.Text, h.Code)).ToList();
        NotOfficials = titles.NotOfficials.ToFrozenSet();
        NotOfficialRoles = titles.NotOfficialRoles ?? [];
        Surnames = names.Surnames.ToFrozenSet();
        CompoundSurnames = names.CompoundSurnames.ToFrozenSet();
        VietnameseSurnames = (names.VietnameseSurnames ?? string.Empty).ToFrozenSet();
        StrongBoundaries = names.StrongBoundaries;
        WeakBoundaries = names.WeakBoundaries;
        InstitutionSuffixes = (names.InstitutionSuffixes ?? string.Empty).ToFrozenSet();
        BeforeBoundary = (names.BeforeBoundary ?? string.Empty).ToFrozenSet();
        NotNamePhrases = names.NotNamePhrases ?? [];
        OrganizationWords = names.OrganizationWords ?? [];
        RelationsEstablished = relations;
        MeetingTypes = meetingTypes;
    }

    /// <summary>How articles say that documents were signed (documents.json).</summary>
    public DocumentVocabulary Documents { get; }

    /// <summary>The levels of Vietnam's relationships and how articles say a level was reached (partnerships.json).</summary>
    public PartnershipVocabulary Partnerships { get; }

    /// <summary>The gazetteer shipped with the assembly.</summary>
    public static GazetteerData Default => Embedded.Value;

    /// <summary>All countries.</summary>
    public IReadOnlyList<KnownCountry> Countries { get; }

    /// <summary>Countries by ISO alpha-2 code (case-insensitive).</summary>
    public IReadOnlyDictionary<string, KnownCountry> CountriesByCode { get; }

    /// <summary>Officials known by name.</summary>
    public IReadOnlyList<KnownOfficial> Officials { get; }

    /// <summary>Words that end a title right before a name.</summary>
    public IReadOnlyList<string> TitleWords { get; }

    /// <summary>Words that may follow a name (上将, 总理).</summary>
    public IReadOnlyList<string> AfterNameWords { get; }

    /// <summary>Words inside a title that give the official's country.</summary>
    public IReadOnlyList<CountryHint> CountryHints { get; }

    /// <summary>Roles of people who are not officials (教授, 记者): a name right after one is not an official's.</summary>
    public IReadOnlyList<string> NotOfficialRoles { get; }

    /// <summary>People who are never officials of an article (historical figures).</summary>
    public IReadOnlySet<string> NotOfficials { get; }

    /// <summary>One-character surnames.</summary>
    public IReadOnlySet<char> Surnames { get; }

    /// <summary>The common Vietnamese family names (阮, 陈, 黎…).</summary>
    public IReadOnlySet<char> VietnameseSurnames { get; }

    /// <summary>Two-character surnames.</summary>
    public IReadOnlySet<string> CompoundSurnames { get; }

    /// <summary>Words that certainly end a name.</summary>
    public IReadOnlyList<string> StrongBoundaries { get; }

    /// <summary>Words that end a name only when nothing stronger fits (和, 同).</summary>
    public IReadOnlyList<string> WeakBoundaries { get; }

    /// <summary>Characters that end a name when a boundary follows them (时 in 会见林芳正时表示).</summary>
    public IReadOnlySet<char> BeforeBoundary { get; }

    /// <summary>Characters that turn a title word into an institution (委员会, 书记处, 大使馆): no name follows them.</summary>
    public IReadOnlySet<char> InstitutionSuffixes { get; }

    /// <summary>Words after which a transliterated name is an organisation's (康拉德·阿登纳基金会).</summary>
    public IReadOnlyList<string> OrganizationWords { get; }

    /// <summary>Phrases that stand after a title word without being a name (的身份, 任内, 首次).</summary>
    public IReadOnlyList<string> NotNamePhrases { get; }

    /// <summary>When Vietnam established diplomatic relations with a country, by code.</summary>
    public IReadOnlyDictionary<string, DateOnly> RelationsEstablished { get; }

    /// <summary>Multilateral bodies and forums (东盟, 联合国).</summary>
    public IReadOnlyList<string> Organizations { get; }

    /// <summary>Dateline cities and the country each is in (河内 → VN).</summary>
    public IReadOnlyDictionary<string, string> PlaceCountries { get; }

    /// <summary>Phrases that name the host of a visit (访华 → CN), besides 访/来 + a one-character country form.</summary>
    public IReadOnlyDictionary<string, string> HostPhrases { get; }

    /// <summary>Meeting types in the order they are tried.</summary>
    public IReadOnlyList<MeetingTypeRule> MeetingTypes { get; }

    /// <summary>Loads a gazetteer from a folder holding the same JSON files as <c>Gazetteer/Data</c>.</summary>
    public static GazetteerData LoadFromDirectory(string directory) =>
        Load(name => File.OpenRead(Path.Combine(directory, name)));

    private static GazetteerData LoadEmbedded()
    {
        var assembly = typeof(GazetteerData).Assembly;
        return Load(name => OpenResource(assembly, name));
    }

    private static Stream OpenResource(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("DiplomacyPortal.Gazetteer." + name)
        ?? throw new InvalidOperationException($"The gazetteer file {name} is not embedded in {assembly.GetName().Name}.");

    private static GazetteerData Load(Func<string, Stream> open)
    {
        var countries = Read<CountryFile>(open, "countries.json").Countries.Select(c => new KnownCountry(
            c.Code.ToUpperInvariant(), c.En, c.Zh, c.Aliases ?? [], c.Abbr ?? [], c.Sides ?? [], ParseNameStyle(c.Names), c.NotFollowedBy ?? string.Empty)).ToList();
        var officials = Read<OfficialFile>(open, "officials.json").Officials.Select(o => new KnownOfficial(
            o.Zh, o.Aliases ?? [], o.Latin, o.Vi, o.Country.ToUpperInvariant(),
            (o.Roles ?? []).Select(r => new OfficialRole(r.Title, r.From, r.To)).ToList())).ToList();
        var titles = Read<TitleFile>(open, "titles.json");
        var names = Read<NameFile>(open, "chinese-names.json");
        var relations = Read<RelationFile>(open, "relations.json").Relations
            .ToDictionary(r => r.Code.ToUpperInvariant(), r => DateOnly.Parse(r.Established, System.Globalization.CultureInfo.InvariantCulture));
        var meetingTypes = Read<MeetingTypeFile>(open, "meeting-types.json").Types
            .Select(t => new MeetingTypeRule(t.Type, t.Keywords)).ToList();
        var organizations = Read<OrganizationFile>(open, "organizations.json").Organizations;
        var placeFile = Read<PlaceFile>(open, "places.json");
        var places = placeFile.Places.ToDictionary(p => p.Zh, p => p.Code.ToUpperInvariant());
        var hostPhrases = (placeFile.HostPhrases ?? []).ToDictionary(p => p.Zh, p => p.Code.ToUpperInvariant());
        var documentFile = Read<DocumentFile>(open, "documents.json");
        var documents = new DocumentVocabulary(documentFile.Verbs, documentFile.WeakVerbs ?? [], documentFile.StatementVerbs ?? [], documentFile.SigningNouns, documentFile.NotYet,
            documentFile.PastBefore ?? [], documentFile.PastAfter ?? [],
            [.. documentFile.Kinds.Select(k => new DocumentKind(k.Kind, k.Words))]);
        var partnershipFile = Read<PartnershipFile>(open, "partnerships.json");
        var partnerships = new PartnershipVocabulary(
            [.. partnershipFile.Levels.Select((l, rank) => new PartnershipLevel(l.Code, l.En, l.Zh, l.Words, rank))],
            partnershipFile.Upgrade, partnershipFile.Establish, partnershipFile.NotYet, partnershipFile.Since, partnershipFile.PastBefore ?? []);
        return new GazetteerData(countries, officials, titles, names, relations, meetingTypes, organizations, places, hostPhrases, documents, partnerships);
    }

    private static NameStyle ParseNameStyle(string? value) => value switch
    {
        "han" => NameStyle.Han,
        "japanese" => NameStyle.Japanese,
        _ => NameStyle.Transliterated,
    };

    private static T Read<T>(Func<string, Stream> open, string name)
    {
        using var stream = open(name);
        return JsonSerializer.Deserialize<T>(stream, JsonDefaults.Options)
            ?? throw new InvalidDataException($"The gazetteer file {name} is empty.");
    }

    // The shapes of the JSON files, kept private: the rest of the code sees the records above.
    private sealed record CountryFile(List<CountryEntry> Countries);
    private sealed record CountryEntry(string Code, string En, string Zh, List<string>? Aliases, List<string>? Abbr, List<string>? Sides, string? Names, string? NotFollowedBy);
    private sealed record OfficialFile(List<OfficialEntry> Officials);
    private sealed record OfficialEntry(string Zh, List<string>? Aliases, string? Latin, string? Vi, string Country, List<RoleEntry>? Roles);
    private sealed record RoleEntry(string Title, string? From, string? To);
    private sealed record TitleFile(List<string> Titles, List<string> AfterName, List<HintEntry> CountryHints, List<string> NotOfficials, List<string>? NotOfficialRoles);
    private sealed record HintEntry(string Text, string Code);
    private sealed record NameFile(string Surnames, string? VietnameseSurnames, List<string> CompoundSurnames, List<string> StrongBoundaries, List<string> WeakBoundaries, string? BeforeBoundary, string? InstitutionSuffixes, List<string>? NotNamePhrases, List<string>? OrganizationWords);
    private sealed record RelationFile(List<RelationEntry> Relations);
    private sealed record RelationEntry(string Code, string Established);
    private sealed record OrganizationFile(List<string> Organizations);
    private sealed record PlaceFile(List<PlaceEntry> Places, List<PlaceEntry>? HostPhrases);
    private sealed record PlaceEntry(string Zh, string Code);
    private sealed record MeetingTypeFile(List<MeetingTypeEntry> Types);
    private sealed record MeetingTypeEntry(string Type, List<string> Keywords);
    private sealed record DocumentFile(List<string> Verbs, List<string>? WeakVerbs, List<string>? StatementVerbs, List<string> SigningNouns, List<string> NotYet, List<string>? PastBefore, List<string>? PastAfter, List<DocumentKindEntry> Kinds);
    private sealed record DocumentKindEntry(string Kind, List<string> Words);
    private sealed record PartnershipFile(List<PartnershipLevelEntry> Levels, List<string> Upgrade, List<string> Establish, List<string> NotYet, List<string> Since, List<string>? PastBefore);
    private sealed record PartnershipLevelEntry(string Code, string En, string Zh, List<string> Words);
}
