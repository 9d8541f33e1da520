using System.Text.Json;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Core.Parsing;
using DiplomacyPortal.Core.Reading;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Entities;

namespace DiplomacyPortal.Data.Ingestion;

/// <summary>Copies what the parser found onto an article entity, then lays the editors' corrections over it.</summary>
internal static class ArticleMapper
{
    /// <summary>A new article entity for a file that parsed.</summary>
    public static Article Create(int sourceFileId, string contentHash, ArticleReadResult read, DateTime now)
    {
        var article = new Article { SourceFileId = sourceFileId, ContentHash = contentHash, Body = string.Empty, DatePrecision = "unknown", Layout = string.Empty, CreatedAt = now };
        Apply(article, read.Article!, read.Analysis!, now);
        StampPairAndDate(article);
        return article;
    }

    public static void Apply(Article entity, ParsedArticle parsed, ArticleAnalysis analysis, DateTime now)
    {
        entity.Headline = parsed.Headline;
        entity.HeadlineKey = parsed.Headline is null ? null : TextNormalizer.MatchKey(parsed.Headline);
        entity.Lead = parsed.Lead;
        entity.PublishedAt = parsed.PublishedAt?.UtcDateTime;
        entity.DatelineText = parsed.Dateline?.Text;
        entity.DatelinePlace = parsed.Dateline?.Place;
        entity.DatelineBureau = parsed.Dateline?.Bureau;
        SetDate(entity, analysis.Date);
        entity.Body = parsed.BodyText;
        entity.Subheadings = Lines(parsed.Body.Where(p => p.IsSubheading).Select(p => p.Text));
        entity.EndMarker = parsed.EndMarker;
        entity.Author = parsed.Author;
        entity.Source = parsed.Source;
        entity.SeeAlso = Lines(parsed.SeeAlso);
        entity.MeetingType = analysis.MeetingType?.Type;
        entity.Pair = analysis.Pair?.ToString();
        entity.PairEvidence = analysis.PairEvidence;
        entity.Layout = parsed.Layout.ToString();
        entity.Warnings = Lines([.. parsed.Warnings, .. analysis.Warnings]);
        entity.UpdatedAt = now;

        entity.Images = parsed.Images.Select((image, i) => new ArticleImage { Position = i, Number = image.Number, Caption = image.Caption, Credit = image.Credit }).ToList();
        entity.RelatedItems = parsed.Related.Select((item, i) => new RelatedItem
        {
            Position = i,
            Caption = item.Caption,
            Credit = item.Credit,
            Headline = item.Headline,
            HeadlineKey = TextNormalizer.MatchKey(item.Headline),
            Summary = item.Summary,
            Url = item.Url,
        }).ToList();

        entity.Documents = analysis.Documents.Select((document, i) => new ArticleDocument
        {
            Position = i,
            Title = document.Title,
            TitleKey = document.TitleKey,
            Kind = document.Kind,
            Parties = Lines(document.Parties),
            Evidence = document.Evidence,
        }).ToList();
        entity.Partnerships = analysis.Partnerships.Select((statement, i) => new ArticlePartnership
        {
            Position = i,
            Level = statement.Level,
            Change = JsonNamingPolicy.KebabCaseLower.ConvertName(statement.Change.ToString()),
            ReachedIn = statement.Year,
            ReportsTheChange = statement.ReportsTheChange,
            PreviousLevel = statement.PreviousLevel,
            Evidence = statement.Evidence,
        }).ToList();

        var pair = analysis.Pair;
        var counts = analysis.Countries.ToDictionary(c => c, _ => 0);
        foreach (var official in analysis.Officials.Where(o => o.CountryCode is not null && counts.ContainsKey(o.CountryCode)))
        {
            counts[official.CountryCode!] += official.Mentions;
        }

        entity.Countries = analysis.Countries.Select(code => new ArticleCountry
        {
            CountryCode = code,
            Mentions = counts[code],
            InPair = pair?.Contains(code) == true,
        }).ToList();
    }

    /// <summary>Lays the editors' corrections over the parsed values.</summary>
    public static void ApplyOverrides(Article entity, IEnumerable<ArticleOverride> overrides)
    {
        foreach (var correction in overrides)
        {
            switch (correction.Field)
            {
                case OverrideFields.Date:
                    var date = JsonSerializer.Deserialize<DateCorrection>(correction.Value, JsonDefaults.Options)!;
                    SetDate(entity, DateFrom(date, $"corrected by {correction.SetBy}"));
                    break;
                case OverrideFields.Pair:
                    entity.Pair = JsonSerializer.Deserialize<string?>(correction.Value, JsonDefaults.Options);
                    entity.PairEvidence = $"corrected by {correction.SetBy}";
                    var codes = entity.Pair?.Split('-') ?? [];
                    foreach (var country in entity.Countries)
                    {
                        country.InPair = codes.Contains(country.CountryCode);
                    }

                    // A corrected partner the parser never saw still counts as one of the article's countries.
                    foreach (var code in codes.Where(c => entity.Countries.All(x => x.CountryCode != c)))
                    {
                        entity.Countries.Add(new ArticleCountry { CountryCode = code, InPair = true });
                    }

                    break;
                case OverrideFields.MeetingType:
                    entity.MeetingType = JsonSerializer.Deserialize<string?>(correction.Value, JsonDefaults.Options);
                    break;
            }
        }
    }

    /// <summary>
    /// Copies the article's pair and date onto the rows that carry them (documents signed, partnership statements);
    /// called once the editors' corrections are laid over the article.
    /// </summary>
    public static void StampPairAndDate(Article entity)
    {
        foreach (var row in entity.Documents.Concat<DatedArticleRow>(entity.Partnerships))
        {
            row.StampFrom(entity);
        }
    }

    /// <summary>The officials an article names once an editor's list (if any) replaces what the parser found.</summary>
    public static IReadOnlyList<ExtractedOfficial> OfficialsAfterCorrections(IReadOnlyList<ExtractedOfficial> found, IReadOnlyList<ArticleOverride> overrides)
    {
        var correction = overrides.FirstOrDefault(o => o.Field == OverrideFields.Officials);
        if (correction is null)
        {
            return found;
        }

        var corrected = JsonSerializer.Deserialize<List<OfficialCorrection>>(correction.Value, JsonDefaults.Options) ?? [];
        return corrected.Select(c => found.FirstOrDefault(f => f.Name == c.Name || f.Key == c.Name) is { } parsed
                ? parsed with { CountryCode = c.CountryCode, Title = c.Title }
                : new ExtractedOfficial(c.Name, c.CountryCode, c.Title, c.Title is null ? [] : [c.Title], null, null, 1, [ArticlePart.Body], false))
            .ToList();
    }

    public static ArticleDate DateFrom(DateCorrection date, string evidence)
    {
        var precision = (date.Year, date.Month, date.Day) switch
        {
            (not null, not null, not null) => DatePrecision.Day,
            (null, not null, not null) => DatePrecision.MonthDay,
            (not null, not null, null) => DatePrecision.Month,
            (not null, null, null) => DatePrecision.Year,
            _ => DatePrecision.Unknown,
        };
        return new ArticleDate(date.Year, date.Month, date.Day, precision, evidence);
    }

    private static void SetDate(Article entity, ArticleDate date)
    {
        entity.Year = date.Year;
        entity.Month = date.Month;
        entity.Day = date.Day;
        entity.DatePrecision = JsonNamingPolicy.KebabCaseLower.ConvertName(date.Precision.ToString());
        entity.DateEvidence = date.Evidence;
        entity.Date = date.AsDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    private static string? Lines(IEnumerable<string> values)
    {
        var joined = string.Join('\n', values);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>The hash that makes the same article in another encoding, line end or width one article.</summary>
    public static string ContentHash(string decodedText)
    {
        var lines = TextNormalizer.Normalize(decodedText).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }
}
