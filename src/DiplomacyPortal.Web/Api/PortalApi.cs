using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// A page of a list in the API. <c>TotalIsLowerBound</c>: a broad text query matched more than <c>Total</c> articles and was
/// not counted further (its items come newest first).
/// </summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int PageCount, bool TotalIsLowerBound = false);

/// <summary>
/// The read-only JSON API under /api/v1: the Articles page's filters on articles and meetings, and pairs,
/// countries, officials and monthly stats. Every answer carries an ETag; bad parameters give 400 with the
/// reasons in plain words.
/// </summary>
public static class PortalApi
{
    public static WebApplication MapPortalApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1").AddEndpointFilter<ConditionalGetFilter>().WithTags("DiplomacyPortal");

        api.MapGet("/articles", async ([AsParameters] ArticleQueryParameters parameters, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            var (filter, problems) = parameters.Read();
            if (problems.Count > 0)
            {
                return BadRequest(problems);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var page = await ArticleQueries.PageAsync(db, filter, withFacets: false, cancellationToken);
            return Results.Ok(new ApiPage<ArticleSummary>(page.Items, page.Total, page.Page, page.PageSize, page.PageCount, page.TotalIsLowerBound));
        }).WithName("ListArticles").WithSummary("Articles under the Articles page's filters, newest first (by relevance with q).");

        api.MapGet("/articles/{id:int}", async (int id, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await ArticleDetailsQueries.ArticleAsync(db, id, cancellationToken) is { } article ? Results.Ok(article) : NotFound($"There is no article #{id}.");
        }).WithName("GetArticle").WithSummary("One article with its officials, photos and related items.");

        api.MapGet("/pairs", async (IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await PairQueries.PairsAsync(db, cancellationToken));
        }).WithName("ListPairs").WithSummary("Country pairs with article counts and first and last dates.");

        api.MapGet("/pairs/{pair}", async (string pair, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            if (!CountryPair.TryParse(pair, out var parsed))
            {
                return BadRequest([$"'{pair}' is not a pair of country codes such as CN-VN."]);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await PairQueries.PairAsync(db, parsed.ToString(), cancellationToken) is { } details ? Results.Ok(details) : NotFound($"No article of the pair {parsed}.");
        }).WithName("GetPair").WithSummary("A pair: timeline, meeting types, officials of each side, latest articles.");

        api.MapGet("/countries", async (IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await CountryQueries.CountriesAsync(db, cancellationToken));
        }).WithName("ListCountries").WithSummary("Countries with the date relations with Vietnam began, where known, and their articles.");

        api.MapGet("/officials", async (string? q, string? country, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var officials = await OfficialQueries.OfficialsAsync(db, q, cancellationToken);
            return Results.Ok(country is null ? officials : officials.Where(o => string.Equals(o.CountryCode, country, StringComparison.OrdinalIgnoreCase)).ToList());
        }).WithName("ListOfficials").WithSummary("Officials, optionally by name (q) and country.");

        api.MapGet("/officials/{id:int}", async (int id, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await OfficialQueries.OfficialAsync(db, id, cancellationToken) is { } official ? Results.Ok(official) : NotFound($"There is no official #{id}.");
        }).WithName("GetOfficial").WithSummary("An official with titles over time, counterparts met and a monthly timeline.");

        api.MapGet("/stats", async (string? pair, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            string? canonical = null;
            if (pair is not null)
            {
                if (!CountryPair.TryParse(pair, out var parsed))
                {
                    return BadRequest([$"'{pair}' is not a pair of country codes such as CN-VN."]);
                }

                canonical = parsed.ToString();
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await CountQueries.PairMonthsAsync(db, canonical, cancellationToken));
        }).WithName("Stats").WithSummary("Articles per month per pair (articles of unknown year or month left out).");

        api.MapGet("/meetings", async ([AsParameters] ArticleQueryParameters parameters, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            var (filter, problems) = parameters.Read();
            if (problems.Count > 0)
            {
                return BadRequest(problems);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var page = await MeetingQueries.PageAsync(db, filter, cancellationToken);
            return Results.Ok(new ApiPage<MeetingSummary>(page.Items, page.Total, page.Page, page.PageSize, page.PageCount));
        }).WithName("ListMeetings").WithSummary("The meetings dataset (who met whom) under the Articles page's filters, newest first.");

        api.MapGet("/meetings/{id:int}", async (int id, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await MeetingQueries.MeetingAsync(db, id, cancellationToken) is { } meeting ? Results.Ok(meeting) : NotFound($"There is no meeting #{id}.");
        }).WithName("GetMeeting").WithSummary("One meeting with its participants and the articles that report it.");

        api.MapGet("/agreements", async ([AsParameters] AgreementQueryParameters parameters, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            var (filter, problems) = parameters.Read();
            if (problems.Count > 0)
            {
                return BadRequest(problems);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var page = await AgreementQueries.PageAsync(db, filter, withFacets: false, cancellationToken);
            return Results.Ok(new ApiPage<AgreementSummary>(page.Items, page.Total, page.Page, page.PageSize, page.PageCount));
        }).WithName("ListAgreements").WithSummary("Documents signed (one entry per signing, however many articles report it), newest first; filters: pair, country, year, from, to, kind, q (words of the title).");

        api.MapGet("/frameworks", async (IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await FrameworkQueries.AllAsync(db, cancellationToken));
        }).WithName("ListFrameworks").WithSummary("Every partner of Vietnam: the level of the relationship, since when, the level before, the evidence articles and the history of changes; null where the articles say nothing.");

        api.MapGet("/network", async ([AsParameters] NetworkQueryParameters parameters, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            var (filter, problems) = parameters.Read();
            if (problems.Count > 0)
            {
                return BadRequest(problems);
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(NetworkAnswer.From(await NetworkQueries.GraphAsync(db, filter, cancellationToken)));
        }).WithName("Network").WithSummary("Who met whom under the meetings' filters (and fromYear, toYear): view=officials (the busiest officials, linked when of different countries at one meeting) or view=countries (linked by their pair's meetings); edges weighted by meetings.");

        api.MapGet("/suggest", async (string? q, IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return Results.Ok(await SuggestQueries.SuggestAsync(db, q, cancellationToken));
        }).WithName("Suggest").WithSummary("What the search box suggests for the letters typed (q): pairs (Vietnam Laos), countries (Laos, 老挝) and officials (Wang Yi, 王毅, Le Hoai Trung), each with its page's address.");

        return app;
    }

    private static IResult BadRequest(IReadOnlyList<string> problems) =>
        Results.Problem(title: "The request's parameters are not valid.", detail: string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest,
            extensions: new Dictionary<string, object?> { ["problems"] = problems });

    private static IResult NotFound(string detail) => Results.Problem(title: "Not found.", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
