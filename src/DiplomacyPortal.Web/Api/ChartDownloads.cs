using System.Globalization;
using DiplomacyPortal.Core.Extraction;
using DiplomacyPortal.Data;
using DiplomacyPortal.Data.Queries;
using DiplomacyPortal.Web.Presentation;
using DiplomacyPortal.Web.Presentation.Charts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DiplomacyPortal.Web.Api;

/// <summary>
/// Every chart of the pages as a download, in the interface's language: /charts/{chart}.svg (a standalone SVG
/// document) and /charts/{chart}.csv (the numbers behind it). The PNG is drawn from the SVG by the browser
/// (wwwroot/js/chart-png.js). Bad parameters get 400 with the reason.
/// </summary>
public static class ChartDownloads
{
    public static WebApplication MapChartDownloads(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var charts = app.MapGroup("/charts").AddEndpointFilter<ConditionalGetFilter>().ExcludeFromDescription();
        Map(charts, "articles", ArticlesAsync);
        Map(charts, "pair-meetings", PairMeetingsAsync);
        Map(charts, "compare", CompareAsync);
        return app;
    }

    /// <summary>A chart built from the request and the name its file gets (without extension), or why it cannot be built.</summary>
    private sealed record ChartRequest(BarChart? Chart, string FileName, string? Problem = null)
    {
        public static ChartRequest Bad(string problem) => new(null, string.Empty, problem);
    }

    private delegate Task<ChartRequest> BuildChart(IQueryCollection query, PortalDbContext db, IStringLocalizer t, CancellationToken cancellationToken);

    private static void Map(RouteGroupBuilder charts, string name, BuildChart build)
    {
        charts.MapGet($"/{name}.svg", (HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t, ChartStyle style) =>
            SendAsync(http, contexts, t, build, "svg", (chart, body) =>
            {
                http.Response.ContentType = "image/svg+xml; charset=utf-8";
                return http.Response.WriteAsync(SvgChartWriter.Document(chart, style.Css), http.RequestAborted);
            }));
        charts.MapGet($"/{name}.csv", (HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer<SharedResource> t) =>
            SendAsync(http, contexts, t, build, "csv", async (chart, body) =>
            {
                http.Response.ContentType = "text/csv; charset=utf-8";
                await using var csv = new CsvWriter(body);
                foreach (var row in chart.Table())
                {
                    await csv.WriteRowAsync(row);
                }
            }));
    }

    private static async Task<IResult> SendAsync(HttpContext http, IDbContextFactory<PortalDbContext> contexts, IStringLocalizer t, BuildChart build, string extension, Func<BarChart, Stream, Task> write)
    {
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        var request = await build(http.Request.Query, db, t, http.RequestAborted);
        if (request.Chart is null)
        {
            return Results.Problem(title: "The request's parameters are not valid.", detail: request.Problem, statusCode: StatusCodes.Status400BadRequest);
        }

        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{request.FileName}.{extension}\"";
        await write(request.Chart, http.Response.Body);
        return Results.Empty;
    }

    /// <summary>?pair=CN-VN, ?official=12, or nothing for all articles.</summary>
    private static async Task<ChartRequest> ArticlesAsync(IQueryCollection query, PortalDbContext db, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (query.ContainsKey("pair") && query.ContainsKey("official"))
        {
            return ChartRequest.Bad("Give pair or official, not both.");
        }

        if (query.ContainsKey("pair"))
        {
            if (ReadPair(query) is not { } pair)
            {
                return ChartRequest.Bad(PairProblem);
            }

            var months = await CountQueries.TimelineAsync(Visibility.Articles(db).Where(a => a.Pair == pair), cancellationToken);
            return new(PortalCharts.Articles(months, t, Display.Pair(pair)), $"articles-{pair}");
        }

        if (query.ContainsKey("official"))
        {
            if (!int.TryParse(query["official"], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return ChartRequest.Bad("official must be an official's number, as in /officials/12.");
            }

            var official = await db.Officials.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Name, RomanName = o.VietnameseName ?? o.LatinName }).SingleOrDefaultAsync(cancellationToken);
            if (official is null)
            {
                return ChartRequest.Bad($"There is no official {id}.");
            }

            var months = await ChartQueries.OfficialTimelineAsync(db, id, cancellationToken);
            var name = Display.English ? official.RomanName ?? official.Name : official.Name;
            return new(PortalCharts.Articles(months, t, name), $"articles-official-{id}");
        }

        return new(PortalCharts.Articles(await CountQueries.TimelineAsync(Visibility.Articles(db), cancellationToken), t, subject: null), "articles");
    }

    /// <summary>?pair=CN-VN: the pair's meetings per year by type.</summary>
    private static async Task<ChartRequest> PairMeetingsAsync(IQueryCollection query, PortalDbContext db, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (ReadPair(query) is not { } pair)
        {
            return ChartRequest.Bad(PairProblem);
        }

        var rows = await ChartQueries.PairMeetingsByTypeAsync(db, pair, cancellationToken);
        return new(PortalCharts.PairMeetings(pair, rows, t), $"meetings-{pair}");
    }

    /// <summary>?pair=…&amp;pair=… (one to four) and measure=meetings or visits.</summary>
    private static async Task<ChartRequest> CompareAsync(IQueryCollection query, PortalDbContext db, IStringLocalizer t, CancellationToken cancellationToken)
    {
        CompareMeasure? read = query["measure"].ToString() switch { "meetings" => CompareMeasure.Meetings, "visits" => CompareMeasure.Visits, _ => null };
        if (read is not { } measure)
        {
            return ChartRequest.Bad("measure must be meetings or visits.");
        }

        var known = (await PairQueries.PairsAsync(db, cancellationToken)).Select(p => p.Pair).ToHashSet();
        var (pairs, problems) = ComparedPairs.Read(query["pair"], known, t);
        if (pairs.Count == 0 || problems.Count > 0)
        {
            return ChartRequest.Bad(problems.Count > 0 ? string.Join(" ", problems) : "Give one to four pairs, as pair=VN-CN&pair=VN-LA.");
        }

        var rows = await ChartQueries.MeetingsByPairAsync(db, pairs, measure == CompareMeasure.Visits, cancellationToken);
        var file = $"{measure.ToString().ToLowerInvariant()}-{string.Join('_', pairs)}";
        return new(PortalCharts.Compare(pairs, rows, measure, t), file);
    }

    private const string PairProblem = "pair must be one pair of two country codes, as pair=VN-CN.";

    private static string? ReadPair(IQueryCollection query) =>
        query["pair"].Count == 1 && CountryPair.TryParse(query["pair"], out var pair) ? pair.ToString() : null;
}
