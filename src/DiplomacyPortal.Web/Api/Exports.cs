using System.Globalization;
using System.Text.Json;
using System.Text;
using DiplomacyPortal.Core.Text;
using DiplomacyPortal.Data.Editing;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Data;
using DiplomacyPortal.Web.Presentation;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// Downloads of any filtered list: articles, meetings and agreements as CSV and as JSON Lines, taking their
/// pages' query strings, the network as GEXF and GraphML, and the frameworks table as CSV. Rows are streamed as they are read, a chunk at a time.
/// </summary>
public static class Exports
{
    /// <summary>The CSV columns of articles; README documents them.</summary>
    public static readonly string[] ArticleColumns = ["id", "url", "date", "year", "month", "day", "date_precision", "pair", "country_a", "country_b", "meeting_type", "headline", "lead", "dateline_place", "officials", "official_ids", "officials_latin"];

    /// <summary>The CSV columns of the meetings dataset; README documents them.</summary>
    public static readonly string[] MeetingColumns = ["meeting_id", "date", "year", "month", "day", "date_precision", "pair", "country_a", "country_b", "type", "place", "host_country", "visitor_country", "participants_a", "participants_b", "participant_ids", "article_count", "article_ids", "participants_a_latin", "participants_b_latin"];

    /// <summary>The CSV columns of the agreements dataset; docs/agreements.md documents them.</summary>
    public static readonly string[] AgreementColumns = ["agreement_id", "title", "kind", "date", "year", "month", "day", "date_precision", "pair", "country_a", "country_b", "parties", "meeting_id", "article_count", "article_ids", "evidence"];

    /// <summary>The CSV columns of the frameworks table; docs/agreements.md documents them.</summary>
    public static readonly string[] FrameworkColumns = ["country", "level", "since", "previous_level", "evidence_article_ids"];

    public static WebApplication MapExports(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var exports = app.MapGroup(string.Empty).AddEndpointFilter<ConditionalGetFilter>().ExcludeFromDescription();
        exports.MapGet("/articles/export.csv", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "articles.csv", "text/csv; charset=utf-8", WriteArticlesCsvAsync));
        exports.MapGet("/articles/export.jsonl", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "articles.jsonl", "application/jsonl; charset=utf-8", WriteArticlesJsonLinesAsync));
        exports.MapGet("/meetings/export.csv", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "meetings.csv", "text/csv; charset=utf-8", WriteMeetingsCsvAsync));
        exports.MapGet("/meetings/export.jsonl", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "meetings.jsonl", "application/jsonl; charset=utf-8", WriteMeetingsJsonLinesAsync));
        exports.MapGet("/agreements/export.csv", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAgreementsAsync(http, contexts, "agreements.csv", "text/csv; charset=utf-8", WriteAgreementsCsvAsync));
        exports.MapGet("/agreements/export.jsonl", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAgreementsAsync(http, contexts, "agreements.jsonl", "application/jsonl; charset=utf-8", WriteAgreementsJsonLinesAsync));
        exports.MapGet("/network.gexf", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "network.gexf", "application/gexf+xml", NetworkFilterBinding.Read, NetworkFiles.WriteGexfAsync));
        exports.MapGet("/network.graphml", (HttpContext http, IDbContextFactory<PortalDbContext> contexts) => StreamAsync(http, contexts, "network.graphml", "application/graphml+xml", NetworkFilterBinding.Read, NetworkFiles.WriteGraphMlAsync));
        exports.MapGet("/frameworks/export.csv", async (HttpContext http, IDbContextFactory<PortalDbContext> contexts) =>
        {
            Attach(http, "frameworks.csv", "text/csv; charset=utf-8");
            await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
            await WriteFrameworksCsvAsync(db, http);
            return Results.Empty;
        });
        return app;
    }

    private static void Attach(HttpContext http, string fileName, string contentType)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }

    private static async Task WriteAgreementsCsvAsync(PortalDbContext db, AgreementFilter filter, HttpContext http)
    {
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync(AgreementColumns);
        await foreach (var a in AgreementQueries.AllAsync(db, filter, http.RequestAborted))
        {
            var (countryA, countryB) = Sides(a.Pair);
            await csv.WriteRowAsync([
                Number(a.Id), a.Title, a.Kind, IsoDate(a.Year, a.Month, a.Day), Number(a.Year), Number(a.Month), Number(a.Day), a.DatePrecision,
                a.Pair, countryA, countryB, string.Join("; ", a.Parties), Number(a.MeetingId), Number(a.ArticleIds.Count), string.Join(';', a.ArticleIds.Select(Number)), a.Evidence]);
        }
    }

    private static async Task WriteFrameworksCsvAsync(PortalDbContext db, HttpContext http)
    {
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync(FrameworkColumns);
        foreach (var f in await FrameworkQueries.AllAsync(db, http.RequestAborted))
        {
            await csv.WriteRowAsync([f.Country, f.Level ?? "unknown", IsoDate(f.SinceYear, f.SinceMonth, f.SinceDay) ?? "unknown", f.PreviousLevel ?? "unknown", string.Join(';', f.EvidenceArticleIds.Select(Number))]);
        }
    }

    private static Task WriteAgreementsJsonLinesAsync(PortalDbContext db, AgreementFilter filter, HttpContext http) =>
        WriteJsonLinesAsync(http, AgreementQueries.AllAsync(db, filter, http.RequestAborted));

    private static Task<IResult> StreamAsync(HttpContext http, IDbContextFactory<PortalDbContext> contexts, string fileName, string contentType, Func<PortalDbContext, ArticleFilter, HttpContext, Task> write) =>
        StreamAsync(http, contexts, fileName, contentType, ArticleFilterBinding.Read, write);

    private static Task<IResult> StreamAgreementsAsync(HttpContext http, IDbContextFactory<PortalDbContext> contexts, string fileName, string contentType, Func<PortalDbContext, AgreementFilter, HttpContext, Task> write) =>
        StreamAsync(http, contexts, fileName, contentType, AgreementFilterBinding.Read, write);

    /// <summary>Reads the list's filter from the query string (400 with the reasons when it is bad), then streams the rows as a download.</summary>
    private static async Task<IResult> StreamAsync<TFilter>(
        HttpContext http,
        IDbContextFactory<PortalDbContext> contexts,
        string fileName,
        string contentType,
        Func<IQueryCollection, (TFilter Filter, List<string> Problems)> read,
        Func<PortalDbContext, TFilter, HttpContext, Task> write)
    {
        var (filter, problems) = read(http.Request.Query);
        if (problems.Count > 0)
        {
            return Results.Problem(title: "The request's parameters are not valid.", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        Attach(http, fileName, contentType);
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        await write(db, filter, http);
        return Results.Empty;
    }

    private static async Task WriteArticlesCsvAsync(PortalDbContext db, ArticleFilter filter, HttpContext http)
    {
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync(ArticleColumns);
        var site = SiteRoot(http);
        await foreach (var a in ExportQueries.ArticlesAsync(db, filter, http.RequestAborted))
        {
            var (countryA, countryB) = Sides(a.Pair);
            await csv.WriteRowAsync([
                Number(a.Id), $"{site}/articles/{a.Id}", IsoDate(a.Year, a.Month, a.Day), Number(a.Year), Number(a.Month), Number(a.Day), a.DatePrecision,
                a.Pair, countryA, countryB, a.MeetingType, a.Headline, a.Lead, a.DatelinePlace,
                string.Join("; ", a.Officials.Select(o => ArticleEditor.Describe(o.Name, o.CountryCode, o.Title))),
                string.Join(';', a.Officials.Select(o => Number(o.Id))), LatinNames(a.Officials.Select(o => o.RomanName))]);
        }
    }

    private static async Task WriteMeetingsCsvAsync(PortalDbContext db, ArticleFilter filter, HttpContext http)
    {
        await using var csv = new CsvWriter(http.Response.Body);
        await csv.WriteRowAsync(MeetingColumns);
        await foreach (var m in ExportQueries.MeetingsAsync(db, filter, http.RequestAborted))
        {
            var (countryA, countryB) = Sides(m.Pair);
            string Side(string? code) => string.Join("; ", m.Participants.Where(p => p.CountryCode == code).Select(p => $"{p.Title} {p.Name}".Trim()));
            string LatinSide(string? code) => LatinNames(m.Participants.Where(p => p.CountryCode == code).Select(p => p.RomanName));
            await csv.WriteRowAsync([
                Number(m.Id), IsoDate(m.Year, m.Month, m.Day), Number(m.Year), Number(m.Month), Number(m.Day), m.DatePrecision,
                m.Pair, countryA, countryB, m.Type, m.Place, m.HostCountry, m.VisitorCountry, Side(countryA), Side(countryB),
                string.Join(';', m.Participants.Select(p => Number(p.OfficialId))), Number(m.ArticleIds.Count), string.Join(';', m.ArticleIds.Select(Number)), LatinSide(countryA), LatinSide(countryB)]);
        }
    }

    private static Task WriteArticlesJsonLinesAsync(PortalDbContext db, ArticleFilter filter, HttpContext http) =>
        WriteJsonLinesAsync(http, ExportQueries.ArticlesAsync(db, filter, http.RequestAborted));

    private static Task WriteMeetingsJsonLinesAsync(PortalDbContext db, ArticleFilter filter, HttpContext http) =>
        WriteJsonLinesAsync(http, ExportQueries.MeetingsAsync(db, filter, http.RequestAborted));

    private static async Task WriteJsonLinesAsync<T>(HttpContext http, IAsyncEnumerable<T> rows)
    {
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await foreach (var row in rows)
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(row, JsonDefaults.Options));
        }
    }

    /// <summary>
    /// The Latin-letter column beside a list of officials: the same officials in the same order, an official whose
    /// name is known only in Chinese as an empty entry, so the n-th name matches the n-th of the Chinese column.
    /// </summary>
    private static string LatinNames(IEnumerable<string?> romanNames)
    {
        var names = romanNames.ToList();
        return names.All(string.IsNullOrEmpty) ? string.Empty : string.Join("; ", names.Select(n => n ?? string.Empty));
    }

    private static (string? A, string? B) Sides(string? pair) => pair?.Split('-') is [var a, var b] ? (a, b) : (null, null);

    /// <summary>2020-04-01, or as much of it as is known (2020-04, --04-01 for a day without a year), or empty.</summary>
    public static string? IsoDate(int? year, int? month, int? day) => (year, month, day) switch
    {
        (not null, not null, not null) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}"),
        (not null, not null, null) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}"),
        (not null, null, null) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}"),
        (null, not null, not null) => string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}"),
        _ => null,
    };

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string SiteRoot(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
}
